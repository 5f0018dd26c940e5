package dev.diplomacy.json;

import dev.diplomacy.core.sources.Citation;
import dev.diplomacy.core.sources.ImmutableCitation;
import tools.jackson.core.io.SerializedString;

/**
 * {@code {"source": "kcna-2018-07-09", "quote": "the talk took place in a friendly atmosphere",
 * "locator": "paragraph 2"}}.
 */
final class CitationCodec {

  private static final SerializedString SOURCE = new SerializedString("source");
  private static final SerializedString QUOTE = new SerializedString("quote");
  private static final SerializedString LOCATOR = new SerializedString("locator");

  static final ObjectCodec<Citation, ImmutableCitation.Builder> CODEC =
      ObjectCodec.builder(Citation.class, Citation::builder, ImmutableCitation.Builder::build)
          .required(
              SOURCE.getValue(), TextCodecs.ID, Citation::source, ImmutableCitation.Builder::source)
          .optional(
              QUOTE.getValue(), TextCodecs.TEXT, Citation::quote, ImmutableCitation.Builder::quote)
          .optional(
              LOCATOR.getValue(),
              TextCodecs.TEXT,
              Citation::locator,
              ImmutableCitation.Builder::locator)
          .writtenBy(CitationCodec::write)
          .extensions(Citation::extensions, ImmutableCitation.Builder::putAllExtensions)
          .build();

  private CitationCodec() {}

  private static void write(Citation c, JsonOutput out) {
    out.string(SOURCE, c.source().value());
    out.string(QUOTE, c.quote());
    out.string(LOCATOR, c.locator());
  }
}

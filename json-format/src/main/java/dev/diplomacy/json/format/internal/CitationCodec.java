package dev.diplomacy.json.format.internal;

import dev.diplomacy.core.sources.Citation;

/**
 * {@code {"source": "kcna-2018-07-09", "quote": "the talk took place in a friendly atmosphere",
 * "locator": "paragraph 2"}}.
 */
public final class CitationCodec {

  private static final SerializedString SOURCE = new SerializedString("source");
  private static final SerializedString QUOTE = new SerializedString("quote");
  private static final SerializedString LOCATOR = new SerializedString("locator");

  static final ObjectCodec<Citation, Citation.Builder> CODEC =
      ObjectCodec.builder(Citation.class, Citation::builder, Citation.Builder::build)
          .required(SOURCE.getValue(), TextCodecs.ID, Citation::source, Citation.Builder::source)
          .optional(QUOTE.getValue(), TextCodecs.TEXT, Citation::quote, Citation.Builder::quote)
          .optional(
              LOCATOR.getValue(), TextCodecs.TEXT, Citation::locator, Citation.Builder::locator)
          .writtenBy(CitationCodec::write)
          .extensions(Citation::extensions, Citation.Builder::putAllExtensions)
          .build();

  private CitationCodec() {}

  private static void write(Citation c, JsonOutput out) {
    out.string(SOURCE, c.source().value());
    out.string(QUOTE, c.quote());
    out.string(LOCATOR, c.locator());
  }
}

package dev.diplomacy.json;

import dev.diplomacy.core.sources.Citation;
import dev.diplomacy.core.sources.ImmutableCitation;

/** {@code {"source": "kcna-2018-07-09", "quote": "the talk took place in a friendly atmosphere", "locator": "paragraph 2"}}. */
final class CitationCodec {

  static final ObjectCodec<Citation, ImmutableCitation.Builder> CODEC =
      ObjectCodec.builder(Citation.class, Citation::builder, ImmutableCitation.Builder::build)
          .required("source", TextCodecs.ID, Citation::source, ImmutableCitation.Builder::source)
          .optional("quote", TextCodecs.TEXT, Citation::quote, ImmutableCitation.Builder::quote)
          .optional("locator", TextCodecs.TEXT, Citation::locator, ImmutableCitation.Builder::locator)
          .extensions(Citation::extensions, ImmutableCitation.Builder::putAllExtensions)
          .build();

  private CitationCodec() {}
}

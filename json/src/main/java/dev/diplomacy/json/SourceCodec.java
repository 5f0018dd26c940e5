package dev.diplomacy.json;

import dev.diplomacy.core.sources.Source;
import dev.diplomacy.core.sources.SourceKind;

/**
 * {@code {"id": "kcna-2018-07-09", "sourceKind": "agency_report", "publisher": "kcna", "published":
 * "2018-07-09"}}.
 */
final class SourceCodec {

  static final ObjectCodec<Source, Source.Builder> CODEC =
      ObjectCodec.builder(Source.class, Source::builder, Source.Builder::build)
          .required("id", TextCodecs.ID, Source::id, Source.Builder::id)
          .optional(
              "sourceKind",
              TextCodecs.enumeration(SourceKind.class),
              Source::sourceKind,
              Source.Builder::sourceKind)
          .optional("publisher", TextCodecs.ID, Source::publisher, Source.Builder::publisher)
          .optional("distributor", TextCodecs.ID, Source::distributor, Source.Builder::distributor)
          .optional("title", TextCodecs.TEXT, Source::title, Source.Builder::title)
          .optional("url", TextCodecs.URI_REFERENCE, Source::url, Source.Builder::url)
          .optional(
              "published", TextCodecs.PARTIAL_DATE, Source::published, Source.Builder::published)
          .list("authors", TextCodecs.TEXT, Source::authors, Source.Builder::addAuthor)
          .optional("language", TextCodecs.TEXT, Source::language, Source.Builder::language)
          .list("basedOn", TextCodecs.ID, Source::basedOn, Source.Builder::addBasedOn)
          .extensions(Source::extensions, Source.Builder::putAllExtensions)
          .build();

  private SourceCodec() {}
}

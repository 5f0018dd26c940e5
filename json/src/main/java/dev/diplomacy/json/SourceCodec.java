package dev.diplomacy.json;

import dev.diplomacy.core.sources.ImmutableSource;
import dev.diplomacy.core.sources.Source;
import dev.diplomacy.core.sources.SourceKind;

/**
 * {@code {"id": "kcna-2018-07-09", "sourceKind": "agency_report", "publisher": "kcna", "published":
 * "2018-07-09"}}.
 */
final class SourceCodec {

  static final ObjectCodec<Source, ImmutableSource.Builder> CODEC =
      ObjectCodec.builder(Source.class, Source::builder, ImmutableSource.Builder::build)
          .required("id", TextCodecs.ID, Source::id, ImmutableSource.Builder::id)
          .optional(
              "sourceKind",
              TextCodecs.enumeration(SourceKind.class),
              Source::sourceKind,
              ImmutableSource.Builder::sourceKind)
          .optional(
              "publisher", TextCodecs.ID, Source::publisher, ImmutableSource.Builder::publisher)
          .optional(
              "distributor",
              TextCodecs.ID,
              Source::distributor,
              ImmutableSource.Builder::distributor)
          .optional("title", TextCodecs.TEXT, Source::title, ImmutableSource.Builder::title)
          .optional("url", TextCodecs.URI_REFERENCE, Source::url, ImmutableSource.Builder::url)
          .optional(
              "published",
              TextCodecs.PARTIAL_DATE,
              Source::published,
              ImmutableSource.Builder::published)
          .list("authors", TextCodecs.TEXT, Source::authors, ImmutableSource.Builder::addAuthor)
          .optional(
              "language", TextCodecs.TEXT, Source::language, ImmutableSource.Builder::language)
          .list("basedOn", TextCodecs.ID, Source::basedOn, ImmutableSource.Builder::addBasedOn)
          .extensions(Source::extensions, ImmutableSource.Builder::putAllExtensions)
          .build();

  private SourceCodec() {}
}

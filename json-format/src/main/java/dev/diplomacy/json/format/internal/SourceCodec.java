package dev.diplomacy.json.format.internal;

import dev.diplomacy.core.sources.Source;
import dev.diplomacy.core.sources.SourceKind;

/**
 * {@code {"id": "kcna-2018-07-09", "sourceKind": "agency_report", "publisher": "kcna", "published":
 * "2018-07-09"}}: {@link #CODEC} in a dossier, and {@link #LINE}, the same with {@code "type":
 * "source"} first, on a line of a dossier's NDJSON.
 */
public final class SourceCodec {

  /** The type name of a source's line in a dossier's NDJSON. */
  static final String TYPE_NAME = "source";

  /** A source in a dossier's {@code "sources"}. */
  static final ObjectCodec<Source, Source.Builder> CODEC = declared().build();

  /** A source on a line of its own, named by {@code "type": "source"}. */
  static final ObjectCodec<Source, Source.Builder> LINE = declared().typeName(TYPE_NAME).build();

  /** The properties of a source, declared once for both codecs. */
  private static ObjectCodec.Builder<Source, Source.Builder> declared() {
    return ObjectCodec.builder(Source.class, Source::builder, Source.Builder::build)
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
        .extensions(Source::extensions, Source.Builder::putAllExtensions);
  }

  private SourceCodec() {}
}

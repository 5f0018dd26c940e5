package dev.diplomacy.json.format.internal;

import dev.diplomacy.core.dossier.Dossier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * {@code {"formatVersion": "1.0", "title": "...", "actors": [...], "events": [...],
 * "relationships": [...], "sources": [...]}}. The format version comes first; a dossier of another
 * major version is refused at once ({@code json.formatVersion}), one of a later minor version is
 * read as this one (its new properties kept in lenient mode).
 */
public final class DossierCodec {

  private static final Pattern VERSION = Pattern.compile("([1-9][0-9]*)\\.[0-9]+");
  private static final String MAJOR =
      Dossier.FORMAT_VERSION.substring(0, Dossier.FORMAT_VERSION.indexOf('.'));

  /** {@code "1.0"}. A version that is not {@code major.minor} is left to the core's rule. */
  static final JsonCodec<String> FORMAT_VERSION =
      new JsonCodec<>() {
        @Override
        public Class<String> type() {
          return String.class;
        }

        @Override
        public @Nullable String read(JsonInput in) {
          String version = in.text("a format version such as " + Dossier.FORMAT_VERSION);
          Matcher m = version == null ? null : VERSION.matcher(version);
          if (m != null && m.matches() && !m.group(1).equals(MAJOR)) {
            throw in.stop(
                Codes.FORMAT_VERSION,
                "the dossier is in version "
                    + version
                    + " of the format; this library reads version "
                    + MAJOR
                    + " ("
                    + Dossier.FORMAT_VERSION
                    + " and its later minor versions)");
          }
          return version;
        }

        @Override
        public void write(String value, JsonOutput out) {
          out.text(value);
        }
      };

  public static final ObjectCodec<Dossier, Dossier.Builder> CODEC =
      ObjectCodec.builder(Dossier.class, Dossier::builder, Dossier.Builder::build)
          .required(
              "formatVersion",
              FORMAT_VERSION,
              Dossier::formatVersion,
              Dossier.Builder::formatVersion)
          .optional("title", TextCodecs.TEXT, Dossier::title, Dossier.Builder::title)
          .list("actors", ActorCodec.CODEC, Dossier::actors, Dossier.Builder::addActor)
          .list("events", EventCodec.CODEC, Dossier::events, Dossier.Builder::addEvent)
          .list(
              "relationships",
              RelationshipCodec.CODEC,
              Dossier::relationships,
              Dossier.Builder::addRelationship)
          .list("sources", SourceCodec.CODEC, Dossier::sources, Dossier.Builder::addSource)
          .extensions(Dossier::extensions, Dossier.Builder::putAllExtensions)
          .build();

  /** The type name of the header line of a dossier's NDJSON. */
  static final String HEADER_TYPE_NAME = "dossier";

  /**
   * The header line of a dossier's NDJSON: {@code {"type": "dossier", "formatVersion": "1.0",
   * "title": "..."}}, the dossier's own properties and extensions without its elements, which are
   * lines of their own. It reads as a dossier that holds no element.
   */
  static final ObjectCodec<Dossier, Dossier.Builder> HEADER =
      ObjectCodec.builder(Dossier.class, Dossier::builder, Dossier.Builder::build)
          .typeName(HEADER_TYPE_NAME)
          .required(
              "formatVersion",
              FORMAT_VERSION,
              Dossier::formatVersion,
              Dossier.Builder::formatVersion)
          .optional("title", TextCodecs.TEXT, Dossier::title, Dossier.Builder::title)
          .extensions(Dossier::extensions, Dossier.Builder::putAllExtensions)
          .build();

  private DossierCodec() {}
}

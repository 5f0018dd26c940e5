package dev.diplomacy.json.format.internal;

import dev.diplomacy.core.relations.Relationship;
import dev.diplomacy.core.relations.RelationshipKind;
import dev.diplomacy.core.sources.Certainty;

/**
 * {@code {"id": "cuba-north-korea-alliance", "parties": ["cuba", "north-korea"],
 * "relationshipKind": "alliance", "certainty": "reported"}}: {@link #CODEC} in a dossier, and
 * {@link #LINE}, the same with {@code "type": "relationship"} first, on a line of a dossier's
 * NDJSON.
 */
public final class RelationshipCodec {

  /** The type name of a relationship's line in a dossier's NDJSON. */
  static final String TYPE_NAME = "relationship";

  /** A relationship in a dossier's {@code "relationships"}. */
  static final ObjectCodec<Relationship, Relationship.Builder> CODEC = declared().build();

  /** A relationship on a line of its own, named by {@code "type": "relationship"}. */
  static final ObjectCodec<Relationship, Relationship.Builder> LINE =
      declared().typeName(TYPE_NAME).build();

  /** The properties of a relationship, declared once for both codecs. */
  private static ObjectCodec.Builder<Relationship, Relationship.Builder> declared() {
    return ObjectCodec.builder(
            Relationship.class, Relationship::builder, Relationship.Builder::build)
        .required("id", TextCodecs.ID, Relationship::id, Relationship.Builder::id)
        .list("parties", TextCodecs.ID, Relationship::parties, Relationship.Builder::addParty)
        .required(
            "relationshipKind",
            TextCodecs.enumeration(RelationshipKind.class),
            Relationship::relationshipKind,
            Relationship.Builder::relationshipKind)
        .optional("span", DateSpanCodec.CODEC, Relationship::span, Relationship.Builder::span)
        .optional(
            "periodDescription",
            TextCodecs.TEXT,
            Relationship::periodDescription,
            Relationship.Builder::periodDescription)
        .optional("basis", TextCodecs.TEXT, Relationship::basis, Relationship.Builder::basis)
        .list(
            "citations",
            CitationCodec.CODEC,
            Relationship::citations,
            Relationship.Builder::addCitation)
        .required(
            "certainty",
            TextCodecs.enumeration(Certainty.class),
            Relationship::certainty,
            Relationship.Builder::certainty)
        .optional("summary", TextCodecs.TEXT, Relationship::summary, Relationship.Builder::summary)
        .extensions(Relationship::extensions, Relationship.Builder::putAllExtensions);
  }

  private RelationshipCodec() {}
}

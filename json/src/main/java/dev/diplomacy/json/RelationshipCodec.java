package dev.diplomacy.json;

import dev.diplomacy.core.relations.Relationship;
import dev.diplomacy.core.relations.RelationshipKind;
import dev.diplomacy.core.sources.Certainty;

/**
 * {@code {"id": "cuba-north-korea-alliance", "parties": ["cuba", "north-korea"],
 * "relationshipKind": "alliance", "certainty": "reported"}}.
 */
final class RelationshipCodec {

  static final ObjectCodec<Relationship, Relationship.Builder> CODEC =
      ObjectCodec.builder(Relationship.class, Relationship::builder, Relationship.Builder::build)
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
          .optional(
              "summary", TextCodecs.TEXT, Relationship::summary, Relationship.Builder::summary)
          .extensions(Relationship::extensions, Relationship.Builder::putAllExtensions)
          .build();

  private RelationshipCodec() {}
}

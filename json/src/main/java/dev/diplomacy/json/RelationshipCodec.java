package dev.diplomacy.json;

import dev.diplomacy.core.relations.ImmutableRelationship;
import dev.diplomacy.core.relations.Relationship;
import dev.diplomacy.core.relations.RelationshipKind;
import dev.diplomacy.core.sources.Certainty;

/**
 * {@code {"id": "cuba-north-korea-alliance", "parties": ["cuba", "north-korea"],
 * "relationshipKind": "alliance", "certainty": "reported"}}.
 */
final class RelationshipCodec {

  static final ObjectCodec<Relationship, ImmutableRelationship.Builder> CODEC =
      ObjectCodec.builder(
              Relationship.class, Relationship::builder, ImmutableRelationship.Builder::build)
          .required("id", TextCodecs.ID, Relationship::id, ImmutableRelationship.Builder::id)
          .list(
              "parties",
              TextCodecs.ID,
              Relationship::parties,
              ImmutableRelationship.Builder::addParty)
          .required(
              "relationshipKind",
              TextCodecs.enumeration(RelationshipKind.class),
              Relationship::relationshipKind,
              ImmutableRelationship.Builder::relationshipKind)
          .optional(
              "span", DateSpanCodec.CODEC, Relationship::span, ImmutableRelationship.Builder::span)
          .optional(
              "periodDescription",
              TextCodecs.TEXT,
              Relationship::periodDescription,
              ImmutableRelationship.Builder::periodDescription)
          .optional(
              "basis", TextCodecs.TEXT, Relationship::basis, ImmutableRelationship.Builder::basis)
          .list(
              "citations",
              CitationCodec.CODEC,
              Relationship::citations,
              ImmutableRelationship.Builder::addCitation)
          .required(
              "certainty",
              TextCodecs.enumeration(Certainty.class),
              Relationship::certainty,
              ImmutableRelationship.Builder::certainty)
          .optional(
              "summary",
              TextCodecs.TEXT,
              Relationship::summary,
              ImmutableRelationship.Builder::summary)
          .extensions(Relationship::extensions, ImmutableRelationship.Builder::putAllExtensions)
          .build();

  private RelationshipCodec() {}
}

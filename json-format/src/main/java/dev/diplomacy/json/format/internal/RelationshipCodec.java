package dev.diplomacy.json.format.internal;

import dev.diplomacy.core.relations.Relationship;
import dev.diplomacy.core.relations.RelationshipKind;
import dev.diplomacy.core.relations.RelationshipPeriod;
import dev.diplomacy.core.sources.Certainty;
import dev.diplomacy.core.time.DateSpan;
import java.util.List;
import java.util.Optional;

/**
 * {@code {"id": "cuba-north-korea-alliance", "parties": ["cuba", "north-korea"],
 * "relationshipKind": "alliance", "certainty": "reported"}}: {@link #CODEC} in a dossier, and
 * {@link #LINE}, the same with {@code "type": "relationship"} first, on a line of a dossier's
 * NDJSON. A relationship's {@code "periods"} are written as the {@code "span"} of format 1.0 when
 * there is one, with a span and nothing else; a relationship read with both is {@code
 * relationship.span.periods}.
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
        .optional("span", DateSpanCodec.CODEC, RelationshipCodec::span, Relationship.Builder::span)
        .list(
            "periods",
            RelationshipPeriodCodec.CODEC,
            RelationshipCodec::periods,
            Relationship.Builder::addPeriod)
        .optional(
            "periodDescription",
            TextCodecs.TEXT,
            Relationship::periodDescription,
            Relationship.Builder::periodDescription)
        .optional("basis", TextCodecs.TEXT, Relationship::basis, Relationship.Builder::basis)
        .list(
            "agreements",
            TextCodecs.ID,
            Relationship::agreements,
            Relationship.Builder::addAgreement)
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

  /**
   * The short form of a relationship's periods, as format 1.0 has it: {@code "span"} when its one
   * period has a span and nothing else.
   */
  private static Optional<DateSpan> span(Relationship r) {
    return r.periods().size() == 1 && r.periods().get(0).isSpanOnly()
        ? r.periods().get(0).span()
        : Optional.empty();
  }

  /** Its periods, unless {@link #span} writes them. */
  private static List<RelationshipPeriod> periods(Relationship r) {
    return span(r).isPresent() ? List.of() : r.periods();
  }

  private RelationshipCodec() {}
}

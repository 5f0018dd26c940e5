package dev.diplomacy.json.format.internal;

import dev.diplomacy.core.relations.RelationshipPeriod;

/** {@code {"span": {"end": "1961"}, "endedWith": "costa-rica-breaks-relations"}}. */
final class RelationshipPeriodCodec {

  static final ObjectCodec<RelationshipPeriod, RelationshipPeriod.Builder> CODEC =
      ObjectCodec.builder(
              RelationshipPeriod.class,
              RelationshipPeriod::builder,
              RelationshipPeriod.Builder::build)
          .optional(
              "span",
              DateSpanCodec.CODEC,
              RelationshipPeriod::span,
              RelationshipPeriod.Builder::span)
          .optional(
              "beganWith",
              TextCodecs.ID,
              RelationshipPeriod::beganWith,
              RelationshipPeriod.Builder::beganWith)
          .optional(
              "endedWith",
              TextCodecs.ID,
              RelationshipPeriod::endedWith,
              RelationshipPeriod.Builder::endedWith)
          .extensions(RelationshipPeriod::extensions, RelationshipPeriod.Builder::putAllExtensions)
          .build();

  private RelationshipPeriodCodec() {}
}

package dev.diplomacy.json;

import dev.diplomacy.core.actors.ImmutablePosition;
import dev.diplomacy.core.actors.Position;

/**
 * {@code {"title": "Vice Chairman", "organization": "workers-party-of-korea", "country": "KP",
 * "held": {"start": "2016"}}}.
 */
final class PositionCodec {

  static final ObjectCodec<Position, ImmutablePosition.Builder> CODEC =
      ObjectCodec.builder(Position.class, Position::builder, ImmutablePosition.Builder::build)
          .required("title", TextCodecs.TEXT, Position::title, ImmutablePosition.Builder::title)
          .optional(
              "organization",
              TextCodecs.ID,
              Position::organization,
              ImmutablePosition.Builder::organization)
          .optional(
              "country", TextCodecs.COUNTRY, Position::country, ImmutablePosition.Builder::country)
          .optional("held", DateSpanCodec.CODEC, Position::held, ImmutablePosition.Builder::held)
          .extensions(Position::extensions, ImmutablePosition.Builder::putAllExtensions)
          .build();

  private PositionCodec() {}
}

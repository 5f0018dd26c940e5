package dev.diplomacy.json.format.internal;

import dev.diplomacy.core.actors.Position;

/**
 * {@code {"title": "Vice Chairman", "organization": "workers-party-of-korea", "country": "KP",
 * "held": {"start": "2016"}}}.
 */
public final class PositionCodec {

  static final ObjectCodec<Position, Position.Builder> CODEC =
      ObjectCodec.builder(Position.class, Position::builder, Position.Builder::build)
          .required("title", TextCodecs.TEXT, Position::title, Position.Builder::title)
          .optional(
              "organization", TextCodecs.ID, Position::organization, Position.Builder::organization)
          .optional("country", TextCodecs.COUNTRY, Position::country, Position.Builder::country)
          .optional("held", DateSpanCodec.CODEC, Position::held, Position.Builder::held)
          .extensions(Position::extensions, Position.Builder::putAllExtensions)
          .build();

  private PositionCodec() {}
}

package dev.diplomacy.json;

import dev.diplomacy.core.geography.Coordinates;
import dev.diplomacy.core.geography.ImmutableCoordinates;

/** {@code {"latitude": 39.0392, "longitude": 125.7625}}. */
final class CoordinatesCodec {

  static final ObjectCodec<Coordinates, ImmutableCoordinates.Builder> CODEC =
      ObjectCodec.builder(
              Coordinates.class, ImmutableCoordinates::builder, ImmutableCoordinates.Builder::build)
          .required(
              "latitude",
              Numbers.DOUBLE,
              Coordinates::latitude,
              ImmutableCoordinates.Builder::latitude)
          .required(
              "longitude",
              Numbers.DOUBLE,
              Coordinates::longitude,
              ImmutableCoordinates.Builder::longitude)
          .extensions(Coordinates::extensions, ImmutableCoordinates.Builder::putAllExtensions)
          .build();

  private CoordinatesCodec() {}
}

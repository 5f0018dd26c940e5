package dev.diplomacy.json.format.internal;

import dev.diplomacy.core.geography.Coordinates;

/** {@code {"latitude": 39.0392, "longitude": 125.7625}}. */
public final class CoordinatesCodec {

  static final ObjectCodec<Coordinates, Coordinates.Builder> CODEC =
      ObjectCodec.builder(Coordinates.class, Coordinates::builder, Coordinates.Builder::build)
          .required(
              "latitude", Numbers.DOUBLE, Coordinates::latitude, Coordinates.Builder::latitude)
          .required(
              "longitude", Numbers.DOUBLE, Coordinates::longitude, Coordinates.Builder::longitude)
          .extensions(Coordinates::extensions, Coordinates.Builder::putAllExtensions)
          .build();

  private CoordinatesCodec() {}
}

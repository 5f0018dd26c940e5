package dev.diplomacy.json;

import dev.diplomacy.core.geography.ImmutablePlace;
import dev.diplomacy.core.geography.Place;

/** {@code {"country": "KP", "locality": "Pyongyang", "venue": "Kumsusan Palace of the Sun"}}. */
final class PlaceCodec {

  static final ObjectCodec<Place, ImmutablePlace.Builder> CODEC =
      ObjectCodec.builder(Place.class, Place::builder, ImmutablePlace.Builder::build)
          .optional("name", TextCodecs.TEXT, Place::name, ImmutablePlace.Builder::name)
          .optional("country", TextCodecs.COUNTRY, Place::country, ImmutablePlace.Builder::country)
          .optional("locality", TextCodecs.TEXT, Place::locality, ImmutablePlace.Builder::locality)
          .optional("venue", TextCodecs.TEXT, Place::venue, ImmutablePlace.Builder::venue)
          .optional("coordinates", CoordinatesCodec.CODEC, Place::coordinates, ImmutablePlace.Builder::coordinates)
          .optionalLong("geonamesId", Place::geonamesId, ImmutablePlace.Builder::geonamesId)
          .extensions(Place::extensions, ImmutablePlace.Builder::putAllExtensions)
          .build();

  private PlaceCodec() {}
}

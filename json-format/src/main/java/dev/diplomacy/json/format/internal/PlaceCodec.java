package dev.diplomacy.json.format.internal;

import dev.diplomacy.core.geography.Place;

/**
 * {@code {"country": "KP", "locality": "Pyongyang", "venue": "Kumsusan Palace of the Sun"}}, {@code
 * {"country": "AU", "admin1": {"name": "State of Victoria"}, "admin2": {"name": "Yarra"}}}.
 */
public final class PlaceCodec {

  private static final SerializedString NAME = new SerializedString("name");
  private static final SerializedString COUNTRY = new SerializedString("country");
  private static final SerializedString ADMIN1 = new SerializedString("admin1");
  private static final SerializedString ADMIN2 = new SerializedString("admin2");
  private static final SerializedString LOCALITY = new SerializedString("locality");
  private static final SerializedString VENUE = new SerializedString("venue");
  private static final SerializedString ISLAND = new SerializedString("island");
  private static final SerializedString AREA = new SerializedString("area");
  private static final SerializedString COORDINATES = new SerializedString("coordinates");
  private static final SerializedString GEONAMES_ID = new SerializedString("geonamesId");

  static final ObjectCodec<Place, Place.Builder> CODEC =
      ObjectCodec.builder(Place.class, Place::builder, Place.Builder::build)
          .optional(NAME.getValue(), TextCodecs.TEXT, Place::name, Place.Builder::name)
          .optional(COUNTRY.getValue(), TextCodecs.COUNTRY, Place::country, Place.Builder::country)
          .optional(
              ADMIN1.getValue(), AdminDivisionCodec.CODEC, Place::admin1, Place.Builder::admin1)
          .optional(
              ADMIN2.getValue(), AdminDivisionCodec.CODEC, Place::admin2, Place.Builder::admin2)
          .optional(LOCALITY.getValue(), TextCodecs.TEXT, Place::locality, Place.Builder::locality)
          .optional(VENUE.getValue(), TextCodecs.TEXT, Place::venue, Place.Builder::venue)
          .optional(ISLAND.getValue(), TextCodecs.TEXT, Place::island, Place.Builder::island)
          .optional(AREA.getValue(), AreaCodec.CODEC, Place::area, Place.Builder::area)
          .optional(
              COORDINATES.getValue(),
              CoordinatesCodec.CODEC,
              Place::coordinates,
              Place.Builder::coordinates)
          .optionalLong(GEONAMES_ID.getValue(), Place::geonamesId, Place.Builder::geonamesId)
          .writtenBy(PlaceCodec::write)
          .extensions(Place::extensions, Place.Builder::putAllExtensions)
          .build();

  private PlaceCodec() {}

  private static void write(Place p, JsonOutput out) {
    out.string(NAME, p.name());
    if (p.country().isPresent()) {
      out.string(COUNTRY, TextCodecs.countryCode(p.country().get()));
    }
    out.value(ADMIN1, AdminDivisionCodec.CODEC, p.admin1());
    out.value(ADMIN2, AdminDivisionCodec.CODEC, p.admin2());
    out.string(LOCALITY, p.locality());
    out.string(VENUE, p.venue());
    out.string(ISLAND, p.island());
    out.value(AREA, AreaCodec.CODEC, p.area());
    out.value(COORDINATES, CoordinatesCodec.CODEC, p.coordinates());
    if (p.geonamesId().isPresent()) {
      out.generator().writeName(GEONAMES_ID);
      out.generator().writeNumber(p.geonamesId().getAsLong());
    }
  }
}

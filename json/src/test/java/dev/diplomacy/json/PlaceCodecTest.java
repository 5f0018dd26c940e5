package dev.diplomacy.json;

import static dev.diplomacy.json.CodecHarness.at;
import static dev.diplomacy.json.CodecHarness.pointersAndCodes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.geography.Area;
import dev.diplomacy.core.geography.AreaKind;
import dev.diplomacy.core.geography.Coordinates;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.geography.Place;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceCodecTest {

  private static final DiplomacyJson JSON = DiplomacyJson.strict();

  private static final Place KUMSUSAN =
      Place.builder()
          .country(Country.of("KP"))
          .locality("Pyongyang")
          .venue("Kumsusan Palace of the Sun")
          .coordinates(Coordinates.of(39.0611, 125.7906))
          .geonamesId(1871859)
          .build();

  @Test
  void writesTheGivenPropertiesOnly() {
    assertThat(JSON.write(Place.of("Havana", Country.of("CU"))))
        .isEqualTo("{\"country\":\"CU\",\"locality\":\"Havana\"}");
    assertThat(JSON.write(KUMSUSAN))
        .isEqualTo(
            "{\"country\":\"KP\",\"locality\":\"Pyongyang\",\"venue\":\"Kumsusan Palace of the Sun\","
                + "\"coordinates\":{\"latitude\":39.0611,\"longitude\":125.7906},\"geonamesId\":1871859}");
  }

  @Test
  void readsWhatItWrites() {
    assertThat(JSON.read(JSON.write(KUMSUSAN), Place.class)).isEqualTo(KUMSUSAN);
    Place named = Place.builder().name("the Cuban embassy in Pyongyang").build();
    assertThat(JSON.read(JSON.write(named), Place.class)).isEqualTo(named);
  }

  @Test
  void acceptsAWholeNumberWrittenWithAFraction() {
    assertThat(JSON.read("{\"country\":\"KP\",\"geonamesId\":1871859.0}", Place.class).geonamesId())
        .hasValue(1871859);
  }

  @Test
  void reportsTheCoreRulesAtTheirProperties() {
    assertThat(pointersAndCodes(() -> JSON.read("{}", Place.class)))
        .containsExactly(at("", "place.empty"));
    assertThat(
            pointersAndCodes(
                () -> JSON.read("{\"name\":\" \",\"venue\":\"\",\"geonamesId\":0}", Place.class)))
        .containsExactly(
            at("/name", "place.name.blank"),
            at("/venue", "place.venue.blank"),
            at("/geonamesId", "place.geonamesId.positive"));
  }

  @Test
  void reportsEveryBadProperty() {
    String json =
        "{\"name\":null,\"country\":\"XX\",\"locality\":7,\"coordinates\":{\"latitude\":91},\"geonamesId\":1.5,\"region\":\"x\"}";
    assertThat(pointersAndCodes(() -> JSON.read(json, Place.class)))
        .containsExactly(
            at("/name", "json.type"),
            at("/country", "country.unknown"),
            at("/locality", "json.type"),
            at("/coordinates", "json.required"),
            at("/geonamesId", "json.format"),
            at("/region", "json.unknownProperty"));
  }

  @Test
  void keepsExtensionsInlineAndPlainNamesOnlyInLenientMode() {
    Place havana =
        Place.builder()
            .country(Country.of("CU"))
            .putExtension("acme:x", ExtensionValue.of(1))
            .build();
    assertThat(JSON.write(havana)).isEqualTo("{\"country\":\"CU\",\"acme:x\":1}");
    assertThat(JSON.read("{\"acme:x\":1,\"country\":\"CU\"}", Place.class)).isEqualTo(havana);
    assertThat(
            pointersAndCodes(() -> JSON.read("{\"country\":\"CU\",\"region\":\"x\"}", Place.class)))
        .containsExactly(at("/region", "json.unknownProperty"));
    assertThat(
            DiplomacyJson.lenient()
                .read("{\"country\":\"CU\",\"region\":\"x\"}", Place.class)
                .extensions())
        .containsExactly(Map.entry("region", ExtensionValue.of("x")));
  }

  @Test
  void refusesAnIdBeyondALong() {
    assertThat(
            pointersAndCodes(() -> JSON.read("{\"geonamesId\":92233720368547758070}", Place.class)))
        .containsExactly(at("/geonamesId", "json.format"));
    assertThat(pointersAndCodes(() -> JSON.read("{\"geonamesId\":\"1871859\"}", Place.class)))
        .containsExactly(at("/geonamesId", "json.type"));
  }

  /** The Joint Security Area at Panmunjom, administered by the UN Command and North Korea. */
  static final Place PANMUNJOM =
      Place.builder()
          .locality("Panmunjom")
          .venue("Peace House")
          .area(
              Area.builder()
                  .areaKind(AreaKind.JOINTLY_ADMINISTERED)
                  .name("Joint Security Area")
                  .addCountries(Country.of("KP"), Country.of("KR"))
                  .addAdministrators(Id.of("united-nations-command"), Id.of("state-kp"))
                  .putExtension("acme:established", ExtensionValue.of("1953"))
                  .build())
          .build();

  /** The Capella Hotel, on Sentosa, Singapore: the summit of 12 June 2018. */
  static final Place SENTOSA =
      Place.builder().country(Country.of("SG")).island("Sentosa").venue("Capella Hotel").build();

  @Test
  void placesOnIslandsAndInAreasOfNoOneCountryMatchTheirGoldenFiles() {
    Golden.check("place-area.json", PANMUNJOM, Place.class);
    Golden.check("place-island.json", SENTOSA, Place.class);
  }

  @Test
  void anAreaNeedsItsKindAndAPlaceAtSeaHasNoCountry() {
    assertThat(pointersAndCodes(() -> JSON.read("{\"area\":{\"name\":\"JSA\"}}", Place.class)))
        .containsExactly(at("/area", "json.required"));
    assertThat(
            pointersAndCodes(
                () ->
                    JSON.read(
                        "{\"country\":\"KP\",\"area\":{\"areaKind\":\"international_waters\"}}",
                        Place.class)))
        .containsExactly(at("/country", "place.country.area"));
    assertThat(
            pointersAndCodes(
                () ->
                    JSON.read(
                        "{\"area\":{\"areaKind\":\"disputed_territory\",\"countries\":[\"IN\",\"IN\"]}}",
                        Place.class)))
        .containsExactly(at("/area/countries/1", "area.countries.duplicate"));
  }
}

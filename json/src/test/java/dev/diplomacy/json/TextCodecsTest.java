package dev.diplomacy.json;

import static dev.diplomacy.json.CodecHarness.at;
import static dev.diplomacy.json.CodecHarness.pointersAndCodes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.ExternalId;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.actors.OrganizationKind;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.time.PartialDate;
import dev.diplomacy.core.time.Precision;
import dev.diplomacy.core.validation.Severity;
import dev.diplomacy.json.format.internal.TextCodec;
import dev.diplomacy.json.format.internal.TextCodecs;
import java.net.URI;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextCodecsTest {

  private static final DiplomacyJson JSON = DiplomacyJson.strict();

  @Test
  void partialDatesAreIsoText() {
    assertThat(JSON.write(PartialDate.parse("2018-07"))).isEqualTo("\"2018-07\"");
    assertThat(JSON.read("\"1986\"", PartialDate.class)).isEqualTo(PartialDate.ofYear(1986));
    assertThat(pointersAndCodes(() -> JSON.read("\"2018-02-30\"", PartialDate.class)))
        .containsExactly(at("", "partialDate.invalid"));
    assertThat(pointersAndCodes(() -> JSON.read("2018", PartialDate.class)))
        .containsExactly(at("", "json.type"));
  }

  @Test
  void idsAreText() {
    assertThat(JSON.write(Id.of("kim-jong-un"))).isEqualTo("\"kim-jong-un\"");
    assertThat(JSON.read("\"raul-castro\"", Id.class)).isEqualTo(Id.of("raul-castro"));
    assertThat(pointersAndCodes(() -> JSON.read("\"Kim Jong-un\"", Id.class)))
        .containsExactly(at("", "id.format"));
  }

  @Test
  void externalIdsAreSchemeColonValue() {
    assertThat(JSON.write(ExternalId.wikidata("Q56226"))).isEqualTo("\"wikidata:Q56226\"");
    assertThat(JSON.read("\"icews:Kim Jong-Un\"", ExternalId.class))
        .isEqualTo(ExternalId.of("icews", "Kim Jong-Un"));
    assertThat(pointersAndCodes(() -> JSON.read("\"wikidata:56226\"", ExternalId.class)))
        .containsExactly(at("", "externalId.format"));
  }

  @Test
  void countriesAreTheirAlpha2Code() {
    assertThat(JSON.write(Country.of("CUB"))).isEqualTo("\"CU\"");
    assertThat(JSON.read("\"KP\"", Country.class)).isSameAs(Country.of("PRK"));
  }

  @Test
  void formerStatesWhoseAlpha2CodeWasReusedAreTheirAlpha3Code() {
    Country czechoslovakia = Country.of("CSK");
    assertThat(JSON.write(czechoslovakia)).isEqualTo("\"CSK\"");
    assertThat(JSON.read("\"CSK\"", Country.class)).isSameAs(czechoslovakia);
    assertThat(JSON.read("\"CS\"", Country.class)).isSameAs(Country.of("SCG"));
    assertThat(JSON.write(Country.of("SUN"))).isEqualTo("\"SU\"");
  }

  @Test
  void everyCountryReadsBackAsItselfFromOneCodeOfItsOwn() {
    Set<String> codes = new HashSet<>();
    for (Country c : Country.all()) {
      String json = JSON.write(c);
      assertThat(codes.add(json)).as(json).isTrue();
      assertThat(JSON.read(json, Country.class)).isSameAs(c);
    }
  }

  @Test
  void refusesOtherCodesOfACountry() {
    for (String code : new String[] {"cu", "CUB", "192", "Cu"}) {
      assertThat(pointersAndCodes(() -> JSON.read("\"" + code + "\"", Country.class)))
          .containsExactly(at("", "json.format"));
    }
    assertThat(CodecHarness.problems(() -> JSON.read("\"CUB\"", Country.class)).get(0).message())
        .contains("CU (Cuba)");
    assertThat(pointersAndCodes(() -> JSON.read("\"XX\"", Country.class)))
        .containsExactly(at("", "country.unknown"));
  }

  @Test
  void urisAreTheirText() throws Exception {
    URI uri = new URI("https://www.breitbart.com/national-security/2018/07/09/kim-jong-un/");
    assertThat(CodecHarness.write(TextCodecs.URI_REFERENCE, uri)).isEqualTo("\"" + uri + "\"");
    assertThat(CodecHarness.read(TextCodecs.URI_REFERENCE, "\"" + uri + "\"")).isEqualTo(uri);
    assertThat(
            pointersAndCodes(() -> CodecHarness.read(TextCodecs.URI_REFERENCE, "\"http://a b\"")))
        .containsExactly(at("", "json.format"));
  }

  @Test
  void enumValuesAreLowerSnakeCase() {
    TextCodec<Severity> codec = TextCodecs.enumeration(Severity.class);
    TextCodec<Precision> precision = TextCodecs.enumeration(Precision.class);
    assertThat(CodecHarness.write(precision, Precision.MONTH)).isEqualTo("\"month\"");
    assertThat(CodecHarness.read(codec, "\"warning\"")).isEqualTo(Severity.WARNING);
    for (String bad : new String[] {"\"WARNING\"", "\"Warning\"", "\"warn\""}) {
      assertThat(pointersAndCodes(() -> CodecHarness.read(codec, bad)))
          .containsExactly(at("", "json.format"));
    }
    assertThat(CodecHarness.problems(() -> CodecHarness.read(codec, "\"warn\"")).get(0).message())
        .contains("[error, warning]");
    assertThat(TextCodecs.enumName(OrganizationKind.NEWS_MEDIA)).isEqualTo("news_media");
  }

  @Test
  void refusesTextThatIsNotUnicode() {
    assertThat(pointersAndCodes(() -> JSON.read("\"\\ud83c\"", Id.class)))
        .containsExactly(at("", "id.format"));
    assertThat(pointersAndCodes(() -> JSON.read("\"a\\ud83c\"", Country.class)))
        .containsExactly(at("", "country.unknown"));
  }
}

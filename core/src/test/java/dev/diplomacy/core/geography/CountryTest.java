package dev.diplomacy.core.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.diplomacy.core.SharedData;
import dev.diplomacy.core.validation.ValidationException;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryTest {

  @Test
  void isFoundByAlpha2Alpha3AndNumericCode() {
    Country kp = Country.of("KP");
    assertThat(Country.of("PRK")).isSameAs(kp);
    assertThat(Country.of("408")).isSameAs(kp);
    assertThat(kp.alpha2()).isEqualTo("KP");
    assertThat(kp.alpha3()).isEqualTo("PRK");
    assertThat(kp.numeric()).contains("408");
    assertThat(kp.name()).isEqualTo("North Korea");
    assertThat(kp.isFormer()).isFalse();
  }

  @Test
  void readsLettersInAnyCase() {
    assertThat(Country.of("cu")).isSameAs(Country.of("CU"));
    assertThat(Country.of("Cub")).isSameAs(Country.of("CU"));
    assertThat(Country.of("cUB")).isSameAs(Country.of("CU"));
  }

  @Test
  void numericCodesKeepTheirLeadingZeros() {
    Country af = Country.of("004");
    assertThat(af.name()).isEqualTo("Afghanistan");
    assertThat(af.numeric()).contains("004");
    assertThat(Country.find("4")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"XX", "UK", "ZZZ", "999", "4", "", "K", "KPX", " KP", "KP ", "Cuba", "IGO"})
  void anUnknownCodeIsAnErrorThatNamesIt(String code) {
    assertThat(Country.find(code)).isEmpty();
    assertThatThrownBy(() -> Country.of(code))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.codes()).containsExactly("country.unknown");
              assertThat(e.type()).isEqualTo("Country");
              assertThat(e.getMessage()).contains("'" + code + "'");
            });
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "KP|PRK|408|North Korea",
        "CU|CUB|192|Cuba",
        "RU|RUS|643|Russia",
        "VE|VEN|862|Venezuela",
        "SY|SYR|760|Syria",
        "CD|COD|180|DR Congo",
        "UG|UGA|800|Uganda",
        "ZW|ZWE|716|Zimbabwe",
        "US|USA|840|United States",
      })
  void knowsEveryCountryOfTheReferenceArticle(
      String alpha2, String alpha3, String numeric, String name) {
    Country c = Country.of(alpha2);
    assertThat(c.name()).isEqualTo(name);
    assertThat(Country.of(alpha3)).isSameAs(c);
    assertThat(Country.of(numeric)).isSameAs(c);
    assertThat(Country.findByName(name)).containsSame(c);
    assertThat(c.isFormer()).isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "SU|SUN|810|Soviet Union",
        "DD|DDR|278|East Germany",
        "YD|YMD|720|South Yemen",
        "AN|ANT|530|Netherlands Antilles",
        "YU|YUG||Yugoslavia",
        "ZR|ZAR||Zaire",
        "BU|BUR||Burma",
        "TP|TMP||East Timor",
        "DY|DHY||Dahomey",
        "VD|VDR||North Vietnam",
        "HV|HVO||Upper Volta",
        "RH|RHO||Southern Rhodesia",
      })
  void knowsTheFormerStates(String alpha2, String alpha3, String numeric, String name) {
    Country c = Country.of(alpha3);
    assertThat(c.name()).isEqualTo(name);
    assertThat(c.isFormer()).isTrue();
    assertThat(c.alpha2()).isEqualTo(alpha2);
    assertThat(Country.of(alpha2)).isSameAs(c);
    if (numeric != null) {
      assertThat(Country.of(numeric)).isSameAs(c);
    }
  }

  @Test
  void aCodeUsedAgainNamesTodaysCountry() {
    assertThat(Country.of("BY").name()).isEqualTo("Belarus");
    assertThat(Country.of("BYS").name()).isEqualTo("Byelorussian SSR");
    assertThat(Country.of("BYS").alpha2()).isEqualTo("BY");
    assertThat(Country.of("SK").name()).isEqualTo("Slovakia");
    assertThat(Country.of("SKM").name()).isEqualTo("Sikkim");
    assertThat(Country.of("GE").name()).isEqualTo("Georgia");
    // Numeric codes of renamed states went on with the country.
    assertThat(Country.of("180")).isSameAs(Country.of("CD"));
    assertThat(Country.of("ZAR").numeric()).contains("180");
    assertThat(Country.of("104").name()).isEqualTo("Myanmar");
    assertThat(Country.of("626").name()).isEqualTo("Timor-Leste");
    assertThat(Country.of("204").name()).isEqualTo("Benin");
    assertThat(Country.of("716").name()).isEqualTo("Zimbabwe");
    // ATF was the French Southern and Antarctic Territories (FQ) before the French Southern
    // Territories.
    assertThat(Country.of("ATF").alpha2()).isEqualTo("TF");
    assertThat(Country.of("FQ").alpha3()).isEqualTo("ATF");
  }

  @Test
  void aCodeTwoFormerStatesHeldNamesTheLastToHoldIt() {
    Country scg = Country.of("SCG");
    assertThat(scg.name()).isEqualTo("Serbia and Montenegro");
    assertThat(Country.of("CS")).isSameAs(scg);
    assertThat(Country.of("891")).isSameAs(scg);

    Country csk = Country.of("CSK");
    assertThat(csk.name()).isEqualTo("Czechoslovakia");
    assertThat(csk.alpha2()).isEqualTo("CS");
    assertThat(Country.of("200")).isSameAs(csk);

    Country yug = Country.of("YUG");
    assertThat(yug.numeric()).contains("891");
    assertThat(Country.of("YU")).isSameAs(yug);
  }

  @Test
  void formerStatesWithoutNumericCodeHaveNone() {
    assertThat(Country.of("VDR").numeric()).isEmpty();
    assertThat(Country.of("PCZ").numeric()).isEmpty();
  }

  @Test
  void toStringIsACodeThatFindsTheSameCountry() {
    assertThat(Country.of("KP")).hasToString("KP");
    assertThat(Country.of("SUN")).hasToString("SU");
    assertThat(Country.of("CSK")).hasToString("CSK");
    assertThat(Country.of("SCG")).hasToString("CS");
    assertThat(Country.of("BYS")).hasToString("BYS");
    for (Country c : Country.all()) {
      assertThat(Country.of(c.toString())).as(c.name()).isSameAs(c);
      assertThat(c.toString()).isIn(c.alpha2(), c.alpha3());
    }
  }

  @Test
  void allHasEveryCurrentCountryOnceAndTheFormerStatesAfter() {
    List<Country> all = Country.all();
    long current = all.stream().filter(c -> !c.isFormer()).count();
    assertThat(current).isEqualTo(249);
    assertThat(all).doesNotHaveDuplicates();
    assertThat(all).filteredOn(Country::isFormer).hasSizeGreaterThanOrEqualTo(14);
    int firstFormer = all.indexOf(all.stream().filter(Country::isFormer).findFirst().orElseThrow());
    assertThat(all.subList(firstFormer, all.size())).allMatch(Country::isFormer);
    assertThatThrownBy(() -> all.add(Country.of("CU")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void compareToIsConsistentWithEquals() {
    List<Country> all = Country.all();
    Set<Country> sorted = new TreeSet<>(all);
    assertThat(sorted).hasSameSizeAs(all);
    assertThat(Country.of("CSK").compareTo(Country.of("SCG"))).isNotZero();
    assertThat(Country.of("CU").compareTo(Country.of("KP"))).isNegative();
    assertThat(Country.of("KP").compareTo(Country.of("KP"))).isZero();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "North Korea|KP",
        "Democratic People's Republic of Korea|KP",
        "Korea, Democratic People's Republic of|KP",
        "DPRK|KP",
        "Korea, Republic of|KR",
        "Republic of Korea|KR",
        "Iran, Islamic Republic of|IR",
        "Islamic Republic of Iran|IR",
        "Russian Federation|RU",
        "Syrian Arab Republic|SY",
        "Congo, Democratic Republic of|CD",
        "Congo, The Democratic Republic of the|CD",
        "Democratic Republic of the Congo|CD",
        "Democratic Republic of Congo|CD",
        "Congo|CG",
        "Republic of the Congo|CG",
        "Occupied Palestinian Territory|PS",
        "Palestine, State of|PS",
        "Türkiye|TR",
        "Turkey|TR",
        "Turkiye|TR",
        "Côte d'Ivoire|CI",
        "Cote d'Ivoire|CI",
        "Côte d’Ivoire|CI",
        "Ivory Coast|CI",
        "Czech Republic|CZ",
        "Czechia|CZ",
        "Swaziland|SZ",
        "the former Yugoslav Republic of Macedonia|MK",
        "Macedonia|MK",
        "Moldova, Republic of|MD",
        "Lao People's Democratic Republic|LA",
        "Tanzania, United Republic of|TZ",
        "Bolivia, Plurinational State of|BO",
        "Viet Nam|VN",
        "Taiwan, Province of China|TW",
        "United Kingdom of Great Britain and Northern Ireland|GB",
        "United States of America|US",
        "U.S.|US",
        "The Gambia|GM",
        "Gambia|GM",
        "St. Lucia|LC",
        "St Lucia|LC",
        "Saint Lucia|LC",
        "Guinea Bissau|GW",
        "Timor Leste|TL",
        "Burma|MM",
        "East Timor|TL",
        "Holy See|VA",
        "\"  north   korea  \"|KP",
        "NORTH KOREA|KP",
        "USSR|SU",
        "Union of Soviet Socialist Republics|SU",
        "German Democratic Republic|DD",
        "Czechoslovakia|CS",
        "Yugoslavia|YU",
        "Zaire|ZR",
        "Socialist Republic of the Union of Burma|BU",
      })
  void isFoundByNameAndOtherNames(String name, String alpha2) {
    assertThat(Country.findByName(name)).map(Country::alpha2).contains(alpha2);
  }

  @Test
  void findByNameTellsFormerStatesFromCountriesThatReusedTheirCodes() {
    assertThat(Country.findByName("Czechoslovakia")).containsSame(Country.of("CSK"));
    assertThat(Country.findByName("Serbia and Montenegro")).containsSame(Country.of("SCG"));
    assertThat(Country.findByName("Byelorussian SSR")).containsSame(Country.of("BYS"));
    assertThat(Country.findByName("Belarus")).containsSame(Country.of("BLR"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Atlantis", "", "   ", "NA", "Korea", "the", "Congo Republic of Democratic"})
  void anUnknownNameFindsNothing(String name) {
    assertThat(Country.findByName(name)).isEmpty();
  }

  @Test
  void everyNameAndCodeOfTheTableFindsItsCountry() {
    for (Country c : Country.all()) {
      if (!c.isFormer()) {
        assertThat(Country.findByName(c.name())).as(c.name()).containsSame(c);
        assertThat(Country.of(c.alpha2())).isSameAs(c);
        assertThat(Country.of(c.alpha3())).isSameAs(c);
        assertThat(Country.of(c.numeric().orElseThrow())).isSameAs(c);
        for (String other : c.otherNames()) {
          assertThat(Country.findByName(other)).as(other).containsSame(c);
        }
      }
    }
  }

  @Test
  void otherNamesAreUnmodifiable() {
    List<String> names = Country.of("KP").otherNames();
    assertThat(names)
        .contains(
            "Democratic People's Republic of Korea", "Korea, Democratic People's Republic of");
    assertThatThrownBy(() -> names.add("Hermit Kingdom"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void findsEveryCountryNameThatIcewsUses() {
    // The names of Source Country, Target Country and Country in events-2018-06-01.tab that are
    // not the table's own names; the whole file is read by the next test where it is present.
    List<String> icews =
        List.of(
            "Congo",
            "Cote d'Ivoire",
            "Czech Republic",
            "Democratic Republic of Congo",
            "Moldova, Republic of",
            "Occupied Palestinian Territory",
            "Russian Federation",
            "Swaziland",
            "Turkey",
            "the former Yugoslav Republic of Macedonia",
            "Hong Kong",
            "Western Sahara",
            "Timor-Leste",
            "Laos",
            "Taiwan");
    for (String name : icews) {
      assertThat(Country.findByName(name)).as(name).isPresent();
    }
  }

  @Test
  void findsEveryCountryNameOfTheIcewsSample() throws IOException {
    Path file = SharedData.file("icews/events-2018-06-01.tab");
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).split("\t", -1));
    int[] columns = {
      header.indexOf("Source Country"), header.indexOf("Target Country"), header.indexOf("Country")
    };
    Set<String> names = new TreeSet<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      for (int col : columns) {
        if (!f[col].equals("NA")) {
          names.add(f[col]);
        }
      }
    }
    assertThat(names).hasSizeGreaterThan(100);
    List<String> unknown = new ArrayList<>();
    for (String name : names) {
      if (Country.findByName(name).isEmpty()) {
        unknown.add(name);
      }
    }
    assertThat(unknown).isEmpty();
  }

  @Test
  void doesNotDependOnTheDefaultLocale() throws Exception {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      // In Turkish, "ci".toUpperCase() is "Cİ" and "DJIBOUTI".toLowerCase() is "djıboutı".
      assertThat(Country.of("ci").name()).isEqualTo("Côte d'Ivoire");
      assertThat(Country.of("kp").name()).isEqualTo("North Korea");
      assertThat(Country.of("civ").alpha2()).isEqualTo("CI");
      assertThat(Country.of("irn").alpha2()).isEqualTo("IR");
      assertThat(Country.findByName("DJIBOUTI")).map(Country::alpha2).contains("DJ");
      assertThat(Country.findByName("CHILE")).map(Country::alpha2).contains("CL");
      assertThat(Country.findByName("FIJI")).map(Country::alpha2).contains("FJ");
      assertThat(Country.findByName("Djıboutı")).map(Country::alpha2).contains("DJ");
      assertThat(Country.findByName("DJİBOUTİ")).map(Country::alpha2).contains("DJ");
      assertThat(Country.findByName("TÜRKİYE")).map(Country::alpha2).contains("TR");
      assertThat(Country.findByName("ISLAMIC REPUBLIC OF IRAN"))
          .map(Country::alpha2)
          .contains("IR");

      // The table loaded under a Turkish default locale is the same table.
      try (URLClassLoader fresh = freshLoader()) {
        Class<?> country = Class.forName(Country.class.getName(), true, fresh);
        assertThat(country).isNotSameAs(Country.class);
        Method of = country.getMethod("of", String.class);
        Method name = country.getMethod("name");
        assertThat(name.invoke(of.invoke(null, "ci"))).isEqualTo("Côte d'Ivoire");
        assertThat(name.invoke(of.invoke(null, "kp"))).isEqualTo("North Korea");
        Method all = country.getMethod("all");
        List<?> rows = (List<?>) all.invoke(null);
        assertThat(rows.stream().map(Object::toString).collect(Collectors.toList()))
            .isEqualTo(Country.all().stream().map(Object::toString).collect(Collectors.toList()));
        Method findByName = country.getMethod("findByName", String.class);
        assertThat(findByName.invoke(null, "DJIBOUTI").toString()).isEqualTo("Optional[DJ]");
      }
    } finally {
      Locale.setDefault(before);
    }
    assertThat(Locale.getDefault()).isEqualTo(before);
  }

  /** A class loader that loads the main classes again, so the table is read anew. */
  private static URLClassLoader freshLoader() {
    URL classes = Country.class.getProtectionDomain().getCodeSource().getLocation();
    return new URLClassLoader(new URL[] {classes}, ClassLoader.getPlatformClassLoader());
  }

  @Test
  void everyNameOfTheTableFindsWhatItsNormalisedFormFinds() {
    for (Country c : Country.all()) {
      List<String> names = new ArrayList<>(c.otherNames());
      names.add(c.name());
      for (String n : names) {
        Country byName = Country.findByName(n).orElseThrow();
        assertThat(Country.findByName(" " + n.toUpperCase(Locale.ROOT) + " "))
            .as(n)
            .contains(byName);
        if (!c.isFormer()) {
          assertThat(byName.isFormer()).as(n).isFalse();
        }
      }
    }
    assertThat(Country.findByName("Burma").orElseThrow().alpha2()).isEqualTo("MM");
  }

  @Test
  void anAsciiNameNeedsNoNormalisingForItsKey() {
    // nameKey skips the NFKD pass for ASCII, which holds only because the pass changes no ASCII
    // text, control characters included; and the key is the same for an accented spelling.
    qt().withExamples(2000)
        .forAll(strings().ascii().ofLengthBetween(0, 30))
        .checkAssert(
            name -> assertThat(Normalizer.normalize(name, Normalizer.Form.NFKD)).isEqualTo(name));
    assertThat(Country.nameKey("Cote d'Ivoire")).isEqualTo(Country.nameKey("Côte d’Ivoire"));
    assertThat(Country.nameKey("The  U.S.-Virgin   Islands")).isEqualTo("us virgin islands");
  }
}

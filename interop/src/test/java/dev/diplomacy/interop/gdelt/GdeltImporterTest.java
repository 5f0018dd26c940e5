package dev.diplomacy.interop.gdelt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.codes.CameoCode;
import dev.diplomacy.core.codes.DatasetCoding;
import dev.diplomacy.core.codes.QuadClass;
import dev.diplomacy.core.dossier.DossierElement;
import dev.diplomacy.core.events.CodedEvent;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.events.EventKind;
import dev.diplomacy.core.geography.AdminDivision;
import dev.diplomacy.core.geography.Place;
import dev.diplomacy.interop.ImportProblem;
import dev.diplomacy.interop.ImportStream;
import dev.diplomacy.json.DiplomacyJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GDELT rows made by hand, good and bad, plain and zipped. */
class GdeltImporterTest {

  /** A good row: Saudi Arabia's government visits the United States, placed in Washington. */
  private static String[] row() {
    String[] f = new String[61];
    Arrays.fill(f, "");
    f[0] = "881990900";
    f[1] = "20191024";
    f[2] = "201910";
    f[3] = "2019";
    f[4] = "2019.8055";
    f[5] = "SAUGOV";
    f[6] = "RIYADH";
    f[7] = "SAU";
    f[12] = "GOV";
    f[15] = "USA";
    f[16] = "UNITED STATES";
    f[17] = "USA";
    f[25] = "1";
    f[26] = "042";
    f[27] = "042";
    f[28] = "04";
    f[29] = "1";
    f[30] = "1.9";
    f[31] = "4";
    f[32] = "1";
    f[33] = "4";
    f[34] = "-1.5";
    geo(f, 35, "1", "Saudi Arabia", "SA", "SA", "", "25", "45", "SA");
    geo(
        f,
        51,
        "3",
        "Washington, District of Columbia, United States",
        "US",
        "USDC",
        "",
        "38.8951",
        "-77.0364",
        "531871");
    f[59] = "20191024143000";
    f[60] = "https://example.org/news/1";
    return f;
  }

  private static void geo(String[] f, int at, String... values) {
    System.arraycopy(values, 0, f, at, values.length);
  }

  private static String line(String[] f) {
    return String.join("\t", f);
  }

  private static GdeltImport read(String text) throws IOException {
    return GdeltImporter.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.export.CSV");
  }

  private static GdeltImport readRow(int column, String value) throws IOException {
    String[] f = row();
    f[column] = value;
    return read(line(f) + "\n");
  }

  @Test
  void aGoodRowIsAVisitWithItsPlaceAndSource() throws IOException {
    GdeltImport r = read(line(row()) + "\n");
    assertThat(r.problems()).isEmpty();
    Event e = r.dossier().events().get(0);
    assertThat(e.kind()).isEqualTo(EventKind.VISIT);
    assertThat(e.id()).isEqualTo(Id.of("gdelt-881990900"));
    assertThat(e.externalIds()).extracting(Object::toString).containsExactly("gdelt:881990900");
    Place p = e.place().orElseThrow();
    assertThat(p.country().orElseThrow().alpha2()).isEqualTo("US");
    assertThat(p.locality()).contains("Washington");
    assertThat(p.admin1()).contains(AdminDivision.builder().code("USDC").build());
    assertThat(p.admin2()).isEmpty();
    assertThat(p.extensions())
        .containsOnlyKeys(GdeltData.GEO_TYPE, GdeltData.FIPS_COUNTRY, GdeltData.FEATURE_ID);
    assertThat(e.extensions()).isEmpty();
    DatasetCoding coding = e.datasetCodings().get(0);
    assertThat(coding.extensions())
        .containsOnlyKeys(
            GdeltData.NUM_MENTIONS,
            GdeltData.NUM_SOURCES,
            GdeltData.NUM_ARTICLES,
            GdeltData.AVG_TONE,
            GdeltData.IS_ROOT_EVENT,
            GdeltData.DATE_ADDED,
            GdeltData.ACTOR1_NAME,
            GdeltData.ACTOR2_NAME,
            GdeltData.ACTOR1_GEO);
    assertThat(coding.extensions().get(GdeltData.DATE_ADDED))
        .isEqualTo(ExtensionValue.of("2019-10-24T14:30:00Z"));
    assertThat(coding.extensions().get(GdeltData.NUM_MENTIONS)).isEqualTo(ExtensionValue.of(4));
    assertThat(coding.extensions().get(GdeltData.AVG_TONE))
        .isEqualTo(ExtensionValue.of(new BigDecimal("-1.5")));
    assertThat(coding.extensions().get(GdeltData.ACTOR1_NAME))
        .isEqualTo(ExtensionValue.of("RIYADH"));
    assertThat(e.datasetCodings()).hasSize(1);
    assertThat(coding.dataset()).isEqualTo("gdelt");
    assertThat(coding.record()).contains("881990900");
    assertThat(coding.cameo()).contains(CameoCode.of("042"));
    assertThat(coding.goldstein().orElseThrow().toString()).isEqualTo("1.9");
    assertThat(coding.quadClass()).contains(QuadClass.VERBAL_COOPERATION);
    assertThat(coding.sources()).containsExactly(Id.of("cameo-SAUGOV"));
    assertThat(coding.targets()).containsExactly(Id.of("cameo-USA"));
    assertThat(r.dossier().sources())
        .singleElement()
        .satisfies(s -> assertThat(s.url()).isPresent());
    assertThat(r.dossier().validate().errors()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "0, 88199x, gdelt.eventId.invalid",
    "0, '', gdelt.eventId.invalid",
    "1, 20191324, gdelt.date.invalid",
    "1, '', gdelt.date.invalid",
    "59, 2019102414300, gdelt.dateAdded.invalid",
    "5, SAUGO, gdelt.actorCode.malformed",
    "5, SAU-OV, gdelt.actorCode.malformed",
    "26, 42, gdelt.eventCode.unknown",
    "26, 099, gdelt.eventCode.unknown",
    "29, 5, gdelt.quadClass.invalid",
    "30, 10.5, gdelt.goldstein.invalid",
    "30, '', gdelt.goldstein.invalid",
    "30, 1e1, gdelt.goldstein.invalid",
    "31, -4, gdelt.count.invalid",
    "34, 101, gdelt.tone.invalid",
    "34, NaN, gdelt.tone.invalid",
    "25, 2, gdelt.isRootEvent.invalid",
    "56, 91, gdelt.coordinates.invalid",
    "57, -181, gdelt.coordinates.invalid",
    "57, '', gdelt.coordinates.invalid",
    "51, 7, gdelt.geoType.invalid",
    "54, '?SDC', gdelt.adm.invalid",
    "55, 'a b', gdelt.adm.invalid"
  })
  void aBadValueRejectsTheRowWithItsLineAndReason(int column, String value, String code)
      throws IOException {
    GdeltImport r = readRow(column, value);
    assertThat(r.rejected()).isEqualTo(1);
    assertThat(r.rowsRead()).isEqualTo(1);
    assertThat(r.dossier().events()).isEmpty();
    assertThat(r.rejections()).extracting(ImportProblem::code).contains(code);
    assertThat(r.rejections()).allSatisfy(p -> assertThat(p.line()).isEqualTo(1));
  }

  @Test
  void aRowWithoutActorsIsRejected() throws IOException {
    String[] f = row();
    f[5] = "";
    f[15] = "";
    assertThat(read(line(f)).rejections())
        .extracting(ImportProblem::code)
        .containsExactly("gdelt.actors.missing");
  }

  @Test
  void aGeographyReadAgainIsTheSamePlaceAndAWarningIsGivenForEveryRow() throws IOException {
    String[] second = row();
    second[0] = "881990901";
    String[] unknown = row();
    unknown[0] = "881990902";
    unknown[53] = "XX";
    String[] again = unknown.clone();
    again[0] = "881990903";
    GdeltImport r =
        read(String.join("\n", line(row()), line(second), line(unknown), line(again)) + "\n");
    List<Event> events = r.dossier().events();
    assertThat(events.get(1).place().orElseThrow()).isSameAs(events.get(0).place().orElseThrow());
    assertThat(r.warnings())
        .extracting(p -> p.line() + " " + p.code())
        .containsExactly("3 gdelt.fips.unknown", "4 gdelt.fips.unknown");
  }

  @Test
  void aRowWithACharacterOutsideLatin1IsSplitAndItsGeographiesAreToldApart() throws IOException {
    String[] lodz = row();
    lodz[52] = "Łódź, Łódzkie, Poland";
    String[] zodz = row();
    zodz[0] = "881990901";
    zodz[52] = "Żódź, Żódzkie, Poland";
    String[] lodzAgain = lodz.clone();
    lodzAgain[0] = "881990902";
    String[] emoji = row();
    emoji[0] = "881990903";
    emoji[16] = "UNITED \uD83D\uDE00 STATES";
    String[] plain = row();
    plain[0] = "881990904";
    String[] plainAgain = row();
    plainAgain[0] = "881990905";
    GdeltImport r =
        read(
            String.join(
                    "\n",
                    line(lodz),
                    line(zodz),
                    line(lodzAgain),
                    line(emoji),
                    line(plain),
                    line(plainAgain))
                + "\n");
    assertThat(r.problems()).isEmpty();
    List<Event> events = r.dossier().events();
    assertThat(events).hasSize(6);
    assertThat(events.get(0).place().orElseThrow().locality()).contains("Łódź");
    assertThat(events.get(1).place().orElseThrow().locality()).contains("Żódź");
    assertThat(events.get(2).place().orElseThrow().locality()).contains("Łódź");
    Event withEmoji = events.get(3);
    assertThat(withEmoji.datasetCodings().get(0).extensions().get(GdeltData.ACTOR2_NAME))
        .isEqualTo(ExtensionValue.of("UNITED \uD83D\uDE00 STATES"));
    assertThat(withEmoji.datasetCodings().get(0).extensions().get(GdeltData.NUM_ARTICLES))
        .isEqualTo(ExtensionValue.of(4));
    assertThat(withEmoji.place()).isEqualTo(events.get(4).place());
    assertThat(events.get(5).place().orElseThrow()).isSameAs(events.get(4).place().orElseThrow());
  }

  @Test
  void aRepeatedEventIdIsRejectedAndTheFirstEventKept() throws IOException {
    String[] other = row();
    other[0] = "881990899";
    GdeltImport r = read(line(row()) + "\n" + line(other) + "\n" + line(row()) + "\n");
    assertThat(r.rejections())
        .extracting(p -> p.line() + " " + p.code())
        .containsExactly("3 gdelt.eventId.duplicate");
    assertThat(r.imported()).isEqualTo(2);
    assertThat(r.dossier().validate().errors()).isEmpty();
  }

  @Test
  void aWrongColumnCountIsRejectedAndTheNextRowRead() throws IOException {
    String[] f = row();
    String shortRow = line(Arrays.copyOf(f, 60));
    f[0] = "881990901";
    GdeltImport r = read(shortRow + "\n" + line(row()) + "\t\n" + line(f) + "\n");
    assertThat(r.rejections())
        .extracting(p -> p.line() + " " + p.code())
        .containsExactly("1 gdelt.row.columns", "2 gdelt.row.columns");
    assertThat(r.imported()).isEqualTo(1);
    assertThat(r.counts().rowsRead()).isEqualTo(3);
  }

  @Test
  void anUnknownFipsCodeIsAWarningAndThePlaceKeepsTheRest() throws IOException {
    GdeltImport r = readRow(53, "XX");
    assertThat(r.rejections()).isEmpty();
    assertThat(r.warnings()).extracting(ImportProblem::code).containsExactly("gdelt.fips.unknown");
    Place p = r.dossier().events().get(0).place().orElseThrow();
    assertThat(p.country()).isEmpty();
    assertThat(p.coordinates()).isPresent();
    assertThat(p.name()).contains("Washington, District of Columbia, United States");
  }

  @ParameterizedTest
  @CsvSource({
    "UK, GB", "RP, PH", "RS, RU", "CH, CN", "IS, IL", "GM, DE", "UV, BF", "SF, ZA", "SZ, CH",
    "KN, KP", "BM, MM", "TU, TR", "GZ, PS", "WE, PS"
  })
  void fipsCodesAreNotIsoCodes(String fips, String iso) throws IOException {
    Place p = readRow(53, fips).dossier().events().get(0).place().orElseThrow();
    assertThat(p.country().orElseThrow().alpha2()).isEqualTo(iso);
  }

  @Test
  void anUnknownActorCodeIsAnOrganisationWithAWarningOncePerCode() throws IOException {
    String[] f = row();
    f[5] = "USAXYZ";
    f[6] = "SOMEBODY";
    String[] g = row();
    g[0] = "881990901";
    g[5] = "USAXYZ";
    GdeltImport r = read(line(f) + "\n" + line(g) + "\n");
    assertThat(r.rejections()).isEmpty();
    assertThat(r.warnings())
        .extracting(p -> p.line() + " " + p.code())
        .containsExactly("1 gdelt.actorCode.unknown");
    assertThat(r.dossier().actors())
        .filteredOn(a -> a.id().value().equals("cameo-USAXYZ"))
        .singleElement()
        .satisfies(a -> assertThat(a.name().text()).isEqualTo("SOMEBODY"));
  }

  @Test
  void codebookDisagreementsAreWarningsAndTheDatasetsFigureIsKept() throws IOException {
    String[] f = row();
    f[29] = "2";
    f[30] = "3.0";
    GdeltImport r = read(line(f));
    assertThat(r.warnings())
        .extracting(ImportProblem::code)
        .containsExactly("gdelt.quadClass.disagrees", "gdelt.goldstein.disagrees");
    DatasetCoding coding = r.dossier().events().get(0).datasetCodings().get(0);
    assertThat(coding.goldstein().orElseThrow().toString()).isEqualTo("3.0");
    assertThat(coding.quadClass()).contains(QuadClass.MATERIAL_COOPERATION);
  }

  /**
   * GDELT's quad classes put root 09 in material cooperation and 14 in verbal conflict, one class
   * before the core's: a row that follows GDELT's rule is no disagreement, one that follows the
   * core's is.
   */
  @ParameterizedTest
  @CsvSource({
    "090, 2, 0.0, true",
    "090, 3, -2.0, false",
    "141, 3, -6.5, true",
    "141, 4, -6.5, false",
    "080, 2, 5.0, true",
    "100, 3, -5.0, true",
    "150, 4, -7.2, true",
    "051, 1, 3.4, true"
  })
  void theQuadClassIsCheckedByGdeltsOwnRule(
      String code, String quad, String goldstein, boolean agrees) throws IOException {
    String[] f = row();
    f[26] = code;
    f[27] = code.substring(0, 3);
    f[28] = code.substring(0, 2);
    f[29] = quad;
    f[30] = goldstein;
    GdeltImport r = read(line(f));
    assertThat(r.rejections()).isEmpty();
    assertThat(r.warnings().stream().anyMatch(p -> p.code().equals("gdelt.quadClass.disagrees")))
        .isEqualTo(!agrees);
    assertThat(r.dossier().events().get(0).datasetCodings().get(0).quadClass().orElseThrow())
        .extracting(QuadClass::number)
        .isEqualTo(Integer.parseInt(quad));
  }

  @Test
  void aCodedEventKeepsItsOwnCodeAndIntensityBesideTheCoding() throws IOException {
    String[] f = row();
    f[26] = "1122";
    f[27] = "112";
    f[28] = "11";
    f[29] = "3";
    f[30] = "-2.0";
    f[5] = "";
    Event e = read(line(f)).dossier().events().get(0);
    assertThat(e).isInstanceOf(CodedEvent.class);
    CodedEvent coded = (CodedEvent) e;
    assertThat(coded.cameoCode()).isEqualTo("1122");
    assertThat(coded.intensity()).hasValue(-2.0);
    DatasetCoding coding = e.datasetCodings().get(0);
    assertThat(coding.sources()).isEmpty();
    assertThat(coding.targets()).containsExactly(Id.of("cameo-USA"));
    assertThat(coding.goldstein().orElseThrow().toPlainString()).isEqualTo("-2.0");
  }

  @Test
  void anActorsGeographyIsItsPlaceInTheDossierFormat() throws IOException {
    String[] f = row();
    geo(f, 43, "2", "Texas, United States", "US", "USTX", "", "31.106", "-97.6475", "TX");
    Event e = read(line(f)).dossier().events().get(0);
    DiplomacyJson json = DiplomacyJson.strict();
    ExtensionValue data = e.datasetCodings().get(0).extensions().get(GdeltData.ACTOR2_GEO);
    Place texas = json.read(json.write(data), Place.class);
    assertThat(texas.name()).contains("Texas, United States");
    assertThat(texas.country().orElseThrow().alpha2()).isEqualTo("US");
    assertThat(texas.admin1().flatMap(AdminDivision::code)).contains("USTX");
    assertThat(texas.coordinates().orElseThrow().latitude()).isEqualTo(31.106);
    assertThat(texas.extensions().get(GdeltData.FEATURE_ID)).isEqualTo(ExtensionValue.of("TX"));
  }

  @Test
  void actorsAndSourcesAreEmittedOnceBeforeTheEventsThatNameThem() throws IOException {
    String[] g = row();
    g[0] = "881990901";
    List<ImportProblem> problems = new ArrayList<>();
    List<String> order = new ArrayList<>();
    try (ImportStream s =
        GdeltImporter.stream(
            new ByteArrayInputStream(
                (line(row()) + "\n" + line(g)).getBytes(StandardCharsets.UTF_8)),
            "t",
            problems::add)) {
      s.forEachRemaining((DossierElement e) -> order.add(e.id().value()));
      assertThat(s.counts().imported()).isEqualTo(2);
    }
    assertThat(order)
        .containsExactly(
            "cameo-SAUGOV", "cameo-USA", "gdelt-source-1", "gdelt-881990900", "gdelt-881990901");
  }

  private static byte[] zip(String... entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (int i = 0; i < entries.length; i++) {
        z.putNextEntry(new ZipEntry("e" + i + ".export.CSV"));
        z.write(entries[i].getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @Test
  void aZipFileIsReadThroughItsOneEntry() throws IOException {
    GdeltImport r = GdeltImporter.read(new ByteArrayInputStream(zip(line(row()))), "a.zip");
    assertThat(r.imported()).isEqualTo(1);
  }

  @Test
  void aZipWithoutEntriesOrWithTwoIsAnErrorNamingTheFile() throws IOException {
    assertThatThrownBy(() -> GdeltImporter.read(new ByteArrayInputStream(zip()), "empty.zip"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("empty.zip");
    assertThatThrownBy(
            () -> GdeltImporter.read(new ByteArrayInputStream(zip(line(row()), "x")), "two.zip"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("two.zip")
        .hasMessageContaining("more than one entry");
  }

  @Test
  void aTruncatedOrCorruptZipIsAnErrorNamingTheFile() {
    StringBuilder big = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      String[] f = row();
      f[0] = String.valueOf(881990900 + i);
      f[60] = "https://example.org/news/" + i;
      big.append(line(f)).append('\n');
    }
    byte[][] bad = new byte[2][];
    try {
      byte[] whole = zip(big.toString());
      bad[0] = Arrays.copyOf(whole, whole.length / 2);
      bad[1] = whole.clone();
      for (int i = 60; i < bad[1].length - 200; i += 7) {
        bad[1][i] ^= 0x5A;
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    for (byte[] b : bad) {
      assertThatThrownBy(() -> GdeltImporter.read(new ByteArrayInputStream(b), "bad.zip"))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("bad.zip");
    }
  }
}

package dev.diplomacy.core.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.diplomacy.core.SharedData;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CameoCodebookTest {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final String ICEWS_CODES = "icews/cameo-codes.csv";

  @Test
  void isVersion1_1b3() {
    assertThat(CameoCodebook.version()).isEqualTo("1.1b3");
  }

  @Test
  void has312CodesOf20Roots() {
    assertThat(CameoCodebook.all()).hasSize(312);
    assertThat(CameoCodebook.all().stream().filter(CameoCode::isRoot).map(CameoCode::code))
        .containsExactly(
            "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14",
            "15", "16", "17", "18", "19", "20");
  }

  @Test
  void listsTheCodesInOrderEachAfterItsParent() {
    List<CameoCode> all = CameoCodebook.all();
    assertThat(all).isSorted().doesNotHaveDuplicates();
    assertThat(all.get(0)).hasToString("01");
    assertThat(all.get(1)).hasToString("010");
    for (CameoCode c : all) {
      c.parent()
          .ifPresent(
              p -> {
                assertThat(all.indexOf(p)).as("parent of %s", c).isLessThan(all.indexOf(c));
                assertThat(c.code()).startsWith(p.code()).hasSize(p.code().length() + 1);
              });
    }
  }

  @Test
  void everyCodeHasANameAndAScoreOnTheGoldsteinScale() {
    for (CameoCode c : CameoCodebook.all()) {
      assertThat(c.label()).as(c.code()).isNotBlank().isEqualTo(c.label().strip());
      assertThat(Character.isUpperCase(c.label().charAt(0))).as(c.label()).isTrue();
      assertThat(c.goldstein()).as(c.code()).isBetween(-10.0, 10.0);
      assertThat(c.code()).matches("[0-9]{2,4}");
      assertThat(CameoCode.hasFormat(c.code())).as(c.code()).isTrue();
      assertThat(CameoCode.of(c.code())).isSameAs(c);
    }
  }

  @Test
  void cannotBeModified() {
    assertThatThrownBy(() -> CameoCodebook.all().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  /** The shared ICEWS table of CAMEO codes is Windows-1252 (0x82 and others), not UTF-8. */
  @Test
  void theIcewsCodeTableIsWindows1252NotUtf8() throws IOException {
    byte[] bytes = Files.readAllBytes(SharedData.file(ICEWS_CODES));
    assertThatThrownBy(
            () ->
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)))
        .isInstanceOf(CharacterCodingException.class);
    String text =
        WINDOWS_1252
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes))
            .toString();
    assertThat(text).startsWith("\"\",\"eventtype_ID\",\"name\",\"code\",\"goldstein\"");
  }

  /**
   * Every code of the shared ICEWS table ({@code andybega/icews}, 312 codes) is in the codebook
   * with the same Goldstein score and the same name, apart from case and surrounding space; and the
   * codebook has no other code.
   */
  @Test
  void agreesWithEveryCodeOfTheIcewsTable() throws IOException {
    Map<String, List<String>> icews = icewsCodes();
    assertThat(icews).hasSize(312);
    List<String> disagreements = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : icews.entrySet()) {
      String code = e.getKey();
      String name = e.getValue().get(0);
      double goldstein = Double.parseDouble(e.getValue().get(1));
      if (!CameoCode.isKnown(code)) {
        disagreements.add(code + " is not in the codebook");
        continue;
      }
      CameoCode c = CameoCode.of(code);
      if (c.goldstein() != goldstein) {
        disagreements.add(code + " Goldstein " + c.goldstein() + " but ICEWS " + goldstein);
      }
      if (!labelFamily(c.label()).equals(labelFamily(name))) {
        disagreements.add(code + " named '" + c.label() + "' but ICEWS '" + name + "'");
      }
    }
    assertThat(disagreements).isEmpty();
    assertThat(CameoCodebook.all().stream().map(CameoCode::code))
        .containsExactlyElementsOf(icews.keySet());
  }

  private static String labelFamily(String label) {
    return label.strip().toLowerCase(Locale.ROOT);
  }

  /** Code to name and Goldstein score, in the table's order. */
  private static Map<String, List<String>> icewsCodes() throws IOException {
    String text = new String(Files.readAllBytes(SharedData.file(ICEWS_CODES)), WINDOWS_1252);
    List<List<String>> records = SharedData.csv(text);
    List<String> header = records.get(0);
    int name = header.indexOf("name");
    int code = header.indexOf("code");
    int goldstein = header.indexOf("goldstein");
    assertThat(List.of(name, code, goldstein)).doesNotContain(-1);
    Map<String, List<String>> codes = new LinkedHashMap<>();
    for (List<String> r : records.subList(1, records.size())) {
      assertThat(r).hasSameSizeAs(header);
      assertThat(codes.put(r.get(code), List.of(r.get(name), r.get(goldstein))))
          .as(r.get(code))
          .isNull();
    }
    return codes;
  }
}

package dev.diplomacy.core.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.diplomacy.core.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PloverTableTest {

  private static final String SOURCE = "plover/CAMEO2PLOVER-2021.txt";

  @Test
  void isVersion2021() {
    assertThat(PloverTable.version()).isEqualTo("2021");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "040|CONSULT|-|-",
        "041|CONSULT|phone|-",
        "042|CONSULT|visit|-",
        "043|CONSULT|visit|-",
        "044|CONSULT|third-party|-",
        "046|CONSULT|-|diplomatic",
        "030|AGREE|-|diplomatic",
        "036|AGREE|-|diplomatic",
        "0332|AGREE|-|military",
        "051|SUPPORT|-|diplomatic",
        "057|SUPPORT|-|diplomatic",
        "070|AID|-|-",
        "072|AID|-|military",
        "073|AID|-|humanitarian",
        "163|COERCE|restrict|diplomatic",
        "1712|ASSAULT|seize|human_security",
        "0841|RETREAT|release|legal",
        "0861|RETREAT|access|peacekeeping"
      })
  void mapsTheCodesOfDiplomacy(String code, PloverCategory category, String mode, String context) {
    PloverMapping m = PloverTable.forCameo(CameoCode.of(code)).orElseThrow();
    assertThat(m.category()).isEqualTo(category);
    assertThat(m.mode()).isEqualTo(Optional.ofNullable(mode));
    assertThat(m.contexts()).isEqualTo(context == null ? List.of() : List.of(context));
  }

  @Test
  void keepsSeveralContexts() {
    assertThat(PloverTable.forCameo(CameoCode.of("091")).orElseThrow().contexts())
        .containsExactly("crime", "corruption");
    assertThat(PloverTable.forCameo(CameoCode.of("196")).orElseThrow().contexts())
        .containsExactly("legal", "military");
  }

  @ParameterizedTest
  @ValueSource(strings = {"01", "010", "017", "018", "019", "02", "020", "0214", "026", "028"})
  void hasNoCategoryForPublicStatementsAndAppeals(String code) {
    assertThat(PloverTable.forCameo(CameoCode.of(code))).isEmpty();
  }

  @Test
  void everyCodeHasACategoryExceptRoots01And02WithTheirCodesAndRoot08() {
    List<String> without = new ArrayList<>();
    for (CameoCode c : CameoCodebook.all()) {
      if (PloverTable.forCameo(c).isEmpty()) {
        without.add(c.code());
      }
    }
    assertThat(without)
        .hasSize(40)
        .allMatch(c -> c.startsWith("01") || c.startsWith("02") || c.equals("08"));
    assertThat(without).contains("08");
    assertThat(PloverTable.all()).hasSize(272);
  }

  @Test
  void mapsRootCodesByTheSectionsTheyHead() {
    assertThat(PloverTable.forCameo(CameoCode.of("04")))
        .contains(PloverMapping.of(PloverCategory.CONSULT));
    assertThat(PloverTable.forCameo(CameoCode.of("09")))
        .contains(PloverMapping.of(PloverCategory.ACCUSE));
    assertThat(PloverTable.forCameo(CameoCode.of("19")))
        .contains(PloverMapping.of(PloverCategory.ASSAULT));
    // 08 heads both a CONCEDE and a RETREAT section.
    assertThat(PloverTable.forCameo(CameoCode.of("08"))).isEmpty();
    assertThat(PloverTable.forCameo(CameoCode.of("080")).orElseThrow().category())
        .isEqualTo(PloverCategory.CONCEDE);
    assertThat(PloverTable.forCameo(CameoCode.of("084")).orElseThrow().category())
        .isEqualTo(PloverCategory.RETREAT);
  }

  @Test
  void listsItsCodesInOrderAndCannotBeModified() {
    assertThat(new ArrayList<>(PloverTable.all().keySet())).isSorted();
    assertThatThrownBy(() -> PloverTable.all().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  /** One mapping line of the source: {@code code: CATEGORY, mode, context; context # label}. */
  private record Line(
      int number, String code, String category, String mode, List<String> contexts) {
    Optional<PloverMapping> expected() {
      return Optional.of(
          PloverMapping.builder()
              .category(PloverCategory.of(category))
              .mode(mode.isEmpty() ? Optional.empty() : Optional.of(mode))
              .contexts(contexts)
              .build());
    }
  }

  private static final Pattern MAPPING = Pattern.compile("^(\\d+):([^#]*)(#.*)?$");

  private static List<Line> sourceLines() throws IOException {
    List<String> text = Files.readAllLines(SharedData.file(SOURCE), StandardCharsets.UTF_8);
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < text.size(); i++) {
      Matcher m = MAPPING.matcher(text.get(i));
      if (!m.matches()) {
        // Comments, blank lines and the closing row of tildes map nothing.
        assertThat(text.get(i)).as("line %d", i + 1).matches("(#.*|\\s*|~+)");
        continue;
      }
      String[] f = m.group(2).split(",", -1);
      assertThat(f.length).as("line %d: %s", i + 1, text.get(i)).isBetween(1, 3);
      List<String> contexts = new ArrayList<>();
      if (f.length > 2) {
        for (String c : f[2].split(";", -1)) {
          if (!c.isBlank()) {
            contexts.add(c.strip());
          }
        }
      }
      lines.add(
          new Line(i + 1, m.group(1), f[0].strip(), f.length > 1 ? f[1].strip() : "", contexts));
    }
    return lines;
  }

  /**
   * Every line of the PLOVER 2021 table that maps a code agrees with the table of the library. Two
   * kinds of line are read differently, as the resource's header says: the two-digit lines that
   * head sections map their root code only when it heads one section, and the one code that is not
   * in the CAMEO 1.1b3 codebook, 1214, is left out.
   */
  @Test
  void agreesWithEveryLineOfThePloverTable() throws IOException {
    List<Line> lines = sourceLines();
    assertThat(lines).hasSize(257 + 19);
    Map<String, List<Line>> headings = new LinkedHashMap<>();
    Map<String, Line> codes = new LinkedHashMap<>();
    List<String> notInCodebook = new ArrayList<>();
    for (Line line : lines) {
      assertThat(CameoCode.hasFormat(line.code)).as("line %d", line.number).isTrue();
      if (line.code.length() == 2) {
        assertThat(line.mode).isEmpty();
        assertThat(line.contexts).isEmpty();
        headings.computeIfAbsent(line.code, k -> new ArrayList<>()).add(line);
        continue;
      }
      Line before = codes.put(line.code, line);
      if (before != null) {
        assertThat(line.expected())
            .as("%s on lines %d and %d", line.code, before.number, line.number)
            .isEqualTo(before.expected());
      }
      if (!CameoCode.isKnown(line.code)) {
        notInCodebook.add(line.code);
        continue;
      }
      assertThat(PloverTable.forCameo(CameoCode.of(line.code)))
          .as("line %d", line.number)
          .isEqualTo(line.expected());
    }
    assertThat(notInCodebook).containsExactly("1214");
    assertThat(codes).hasSize(256);
    assertThat(headings).hasSize(18);
    int roots = 0;
    for (Map.Entry<String, List<Line>> h : headings.entrySet()) {
      Optional<PloverMapping> root = PloverTable.forCameo(CameoCode.of(h.getKey()));
      if (h.getValue().size() == 1) {
        assertThat(root).as(h.getKey()).isEqualTo(h.getValue().get(0).expected());
        roots++;
      } else {
        assertThat(h.getKey()).isEqualTo("08");
        assertThat(h.getValue()).extracting(Line::category).containsExactly("CONCEDE", "RETREAT");
        assertThat(root).isEmpty();
      }
    }
    // Nothing else: the library's table holds the source's codes and its unambiguous roots only.
    assertThat(PloverTable.all()).hasSize(codes.size() - notInCodebook.size() + roots);
  }
}

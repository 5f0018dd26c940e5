package dev.diplomacy.core.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class QuadClassTest {

  @Test
  void areNumberedOneToFour() {
    assertThat(QuadClass.VERBAL_COOPERATION.number()).isEqualTo(1);
    assertThat(QuadClass.MATERIAL_COOPERATION.number()).isEqualTo(2);
    assertThat(QuadClass.VERBAL_CONFLICT.number()).isEqualTo(3);
    assertThat(QuadClass.MATERIAL_CONFLICT.number()).isEqualTo(4);
  }

  @Test
  void groupTheRootsFiveThreeFiveAndSeven() {
    Map<String, QuadClass> byRoot = new TreeMap<>();
    for (CameoCode c : CameoCodebook.all()) {
      if (c.isRoot()) {
        byRoot.put(c.code(), c.quadClass());
      }
    }
    assertThat(byRoot)
        .containsExactly(
            Map.entry("01", QuadClass.VERBAL_COOPERATION),
            Map.entry("02", QuadClass.VERBAL_COOPERATION),
            Map.entry("03", QuadClass.VERBAL_COOPERATION),
            Map.entry("04", QuadClass.VERBAL_COOPERATION),
            Map.entry("05", QuadClass.VERBAL_COOPERATION),
            Map.entry("06", QuadClass.MATERIAL_COOPERATION),
            Map.entry("07", QuadClass.MATERIAL_COOPERATION),
            Map.entry("08", QuadClass.MATERIAL_COOPERATION),
            Map.entry("09", QuadClass.VERBAL_CONFLICT),
            Map.entry("10", QuadClass.VERBAL_CONFLICT),
            Map.entry("11", QuadClass.VERBAL_CONFLICT),
            Map.entry("12", QuadClass.VERBAL_CONFLICT),
            Map.entry("13", QuadClass.VERBAL_CONFLICT),
            Map.entry("14", QuadClass.MATERIAL_CONFLICT),
            Map.entry("15", QuadClass.MATERIAL_CONFLICT),
            Map.entry("16", QuadClass.MATERIAL_CONFLICT),
            Map.entry("17", QuadClass.MATERIAL_CONFLICT),
            Map.entry("18", QuadClass.MATERIAL_CONFLICT),
            Map.entry("19", QuadClass.MATERIAL_CONFLICT),
            Map.entry("20", QuadClass.MATERIAL_CONFLICT));
  }

  @Test
  void everySubcodeHasTheClassOfItsRoot() {
    for (CameoCode c : CameoCodebook.all()) {
      assertThat(c.quadClass()).as(c.code()).isEqualTo(c.root().quadClass());
    }
  }

  @Test
  void thereAreOnlyTwentyRoots() {
    assertThatThrownBy(() -> QuadClass.ofRoot(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> QuadClass.ofRoot(21)).isInstanceOf(IllegalArgumentException.class);
  }
}

package dev.diplomacy.core.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.validation.Finding;
import dev.diplomacy.core.validation.ValidationException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DatasetCodingTest {

  private static final Id US = Id.of("united-states");
  private static final Id KP = Id.of("north-korea");

  private static DatasetCoding.Builder icews() {
    return DatasetCoding.builder()
        .dataset("icews")
        .record("32890611")
        .cameo(CameoCode.of("040"))
        .goldstein(new BigDecimal("1.0"))
        .quadClass(QuadClass.VERBAL_COOPERATION)
        .addSource(US)
        .addTarget(KP);
  }

  @Test
  void holdsWhatTheRowSaid() {
    DatasetCoding c = icews().build();
    assertThat(c.dataset()).isEqualTo("icews");
    assertThat(c.record()).contains("32890611");
    assertThat(c.cameo()).contains(CameoCode.of("040"));
    assertThat(c.goldstein()).contains(new BigDecimal("1.0"));
    assertThat(c.quadClass()).contains(QuadClass.VERBAL_COOPERATION);
    assertThat(c.plover()).isEmpty();
    assertThat(c.sources()).containsExactly(US);
    assertThat(c.targets()).containsExactly(KP);
    assertThat(DatasetCoding.builder().from(c).build()).isEqualTo(c).hasSameHashCodeAs(c);
  }

  @Test
  void theFigureIsKeptExactlyAsTheDatasetWroteIt() {
    // GDELT gives 016 -2.0 where the codebook says -5: the dataset's own figure is kept.
    DatasetCoding gdelt =
        DatasetCoding.builder()
            .dataset("gdelt")
            .cameo(CameoCode.of("016"))
            .goldstein(new BigDecimal("-2.0"))
            .build();
    assertThat(gdelt.goldstein().get().toString()).isEqualTo("-2.0");
    assertThat(gdelt.cameo().get().goldstein()).isEqualTo(-5.0);
    assertThat(gdelt).isNotEqualTo(gdelt.withGoldstein(new BigDecimal("-2")));
  }

  @Test
  void anyOneOfCodeFigureQuadClassOrCategoryIsEnough() {
    assertThat(DatasetCoding.builder().dataset("a").cameo(CameoCode.of("04")).build()).isNotNull();
    assertThat(DatasetCoding.builder().dataset("a").goldstein(BigDecimal.ONE).build()).isNotNull();
    assertThat(DatasetCoding.builder().dataset("a").quadClass(QuadClass.MATERIAL_CONFLICT).build())
        .isNotNull();
    DatasetCoding plover =
        DatasetCoding.builder()
            .dataset("plover")
            .plover(PloverMapping.builder().category(PloverCategory.CONSULT).mode("visit").build())
            .addSource(US)
            .build();
    assertThat(plover.plover().get().mode()).contains("visit");
  }

  @Test
  void aCodingThatSaysNothingIsRefused() {
    assertThatThrownBy(() -> DatasetCoding.builder().dataset("icews").addSource(US).build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.codes()).containsExactly("datasetCoding.empty");
              assertThat(e.type()).isEqualTo("DatasetCoding");
            });
  }

  @Test
  void everyBrokenRuleIsNamedAtItsPath() {
    assertThatThrownBy(
            () ->
                icews()
                    .dataset("ICEWS")
                    .record(" ")
                    .goldstein(new BigDecimal("10.5"))
                    .addSource(US)
                    .addTarget(KP)
                    .putExtension("ACME:x", ExtensionValue.of("x"))
                    .build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.findings())
                    .extracting(Finding::path, Finding::code)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                            "dataset", "datasetCoding.dataset.format"),
                        org.assertj.core.groups.Tuple.tuple("record", "datasetCoding.record.blank"),
                        org.assertj.core.groups.Tuple.tuple(
                            "goldstein", "datasetCoding.goldstein.range"),
                        org.assertj.core.groups.Tuple.tuple(
                            "sources[1]", "datasetCoding.sources.duplicate"),
                        org.assertj.core.groups.Tuple.tuple(
                            "targets[1]", "datasetCoding.targets.duplicate"),
                        org.assertj.core.groups.Tuple.tuple(
                            "extensions[ACME:x]", "datasetCoding.extensions.key")));
  }

  @Test
  void theFigureMayBeTheEndsOfTheScaleAndAnActorBothSides() {
    DatasetCoding c =
        DatasetCoding.builder()
            .dataset("icews")
            .goldstein(new BigDecimal("-10.0"))
            .addSource(US)
            .addTarget(US)
            .build();
    assertThat(c.sources()).isEqualTo(c.targets());
    assertThat(c.withGoldstein(BigDecimal.TEN).goldstein()).contains(BigDecimal.TEN);
  }

  @Test
  void aDatasetNameIsShortLowerCaseAscii() {
    for (String good : new String[] {"icews", "gdelt", "plover", "acme-2", "a"}) {
      assertThat(icews().dataset(good).build().dataset()).isEqualTo(good);
    }
    for (String bad : new String[] {"", "2icews", "ic ews", "gdelt_2", "é", "a".repeat(33)}) {
      assertThatThrownBy(() -> icews().dataset(bad).build())
          .as(bad)
          .isInstanceOfSatisfying(
              ValidationException.class,
              e -> assertThat(e.codes()).containsExactly("datasetCoding.dataset.format"));
    }
  }
}

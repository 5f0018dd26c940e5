package dev.diplomacy.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.diplomacy.core.validation.Finding;
import dev.diplomacy.core.validation.ValidationException;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class WhenTest {

  private static PartialDate d(String text) {
    return PartialDate.parse(text);
  }

  @Test
  void onADate() {
    When w = When.on("2018-07-05");
    assertThat(w.date()).isEqualTo(d("2018-07-05"));
    assertThat(w.until()).isEmpty();
    assertThat(w.time()).isEmpty();
    assertThat(w.offset()).isEmpty();
    assertThat(w.last()).isEqualTo(d("2018-07-05"));
    assertThat(w.span()).isEqualTo(DateSpan.parse("2018-07-05/2018-07-05"));
    assertThat(w).isEqualTo(When.on(d("2018-07-05")));
  }

  @Test
  void betweenTwoDates() {
    When mourning = When.between(d("2016-11-26"), d("2016-11-28"));
    assertThat(mourning.until()).contains(d("2016-11-28"));
    assertThat(mourning.last()).isEqualTo(d("2016-11-28"));
    assertThat(mourning.span()).isEqualTo(DateSpan.parse("2016-11-26/2016-11-28"));
  }

  @Test
  void withTimeAndOffset() {
    When w =
        When.builder()
            .date(d("2018-07-05"))
            .time(LocalTime.of(10, 30))
            .offset(ZoneOffset.ofHours(-4))
            .build();
    assertThat(w.time()).contains(LocalTime.of(10, 30));
    assertThat(w.offset()).contains(ZoneOffset.ofHours(-4));
    assertThat(When.builder().from(w).build()).isEqualTo(w).hasSameHashCodeAs(w);
    assertThat(When.on("2018-07-05").withTime(LocalTime.NOON).time()).contains(LocalTime.NOON);
  }

  @Test
  void partialDatesNeedNoTime() {
    assertThat(When.on("1986").date().precision()).isEqualTo(Precision.YEAR);
    assertThat(When.between(d("2018-03"), d("2018-04")).last()).isEqualTo(d("2018-04"));
    assertThat(When.between(d("2018"), d("2018-03")).until()).contains(d("2018-03"));
  }

  @Test
  void mustNotEndBeforeItBegins() {
    assertThatThrownBy(() -> When.between(d("2018-07-05"), d("2018-07-04")))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.codes()).containsExactly("when.order");
              assertThat(e.findings()).extracting(Finding::path).containsExactly("until");
              assertThat(e.getMessage()).contains("2018-07-04").contains("2018-07-05");
              assertThat(e.type()).isEqualTo("When");
            });
    assertThat(When.between(d("2018-07-05"), d("2018-07-05")).until()).contains(d("2018-07-05"));
  }

  @Test
  void aTimeNeedsAFullDate() {
    assertThatThrownBy(() -> When.builder().date(d("2018-07")).time(LocalTime.of(10, 0)).build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.codes()).containsExactly("when.time.needsDay");
              assertThat(e.findings()).extracting(Finding::path).containsExactly("time");
              assertThat(e.getMessage()).contains("2018-07");
            });
    assertThatThrownBy(() -> When.on("1986").withTime(LocalTime.MIDNIGHT))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.codes()).containsExactly("when.time.needsDay"));
  }

  @Test
  void anOffsetNeedsATime() {
    assertThatThrownBy(() -> When.builder().date(d("2018-07-05")).offset(ZoneOffset.UTC).build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.codes()).containsExactly("when.offset.needsTime");
              assertThat(e.findings()).extracting(Finding::path).containsExactly("offset");
            });
  }

  @Test
  void reportsSeveralBrokenRulesAtOnce() {
    assertThatThrownBy(
            () ->
                When.builder()
                    .date(d("2018-07"))
                    .until(d("2018-06"))
                    .time(LocalTime.of(9, 0))
                    .build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.codes()).containsExactly("when.order", "when.time.needsDay");
              assertThat(e.findings()).extracting(Finding::path).containsExactly("until", "time");
            });
    assertThatThrownBy(
            () ->
                When.builder()
                    .date(d("2018"))
                    .until(d("2017"))
                    .offset(ZoneOffset.ofHours(9))
                    .build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.codes()).containsExactly("when.order", "when.offset.needsTime"));
  }

  @Test
  void onRejectsTextThatIsNoDate() {
    assertThatThrownBy(() -> When.on("5 July 2018"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.codes()).containsExactly("partialDate.invalid"));
  }
}

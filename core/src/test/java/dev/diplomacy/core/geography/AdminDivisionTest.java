package dev.diplomacy.core.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.diplomacy.core.validation.Finding;
import dev.diplomacy.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class AdminDivisionTest {

  @Test
  void aNameACodeOrBoth() {
    AdminDivision victoria = AdminDivision.named("State of Victoria");
    assertThat(victoria.name()).contains("State of Victoria");
    assertThat(victoria.code()).isEmpty();
    AdminDivision texas = AdminDivision.builder().code("USTX").build();
    assertThat(texas.code()).contains("USTX");
    AdminDivision both = AdminDivision.builder().name("Texas").code("USTX").build();
    assertThat(both).isNotEqualTo(texas).isEqualTo(texas.withName("Texas"));
    assertThat(AdminDivision.builder().code("40108").build().code()).contains("40108");
  }

  @Test
  void anEmptyDivisionIsRefused() {
    assertThatThrownBy(() -> AdminDivision.builder().build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.codes()).containsExactly("adminDivision.empty");
              assertThat(e.type()).isEqualTo("AdminDivision");
            });
  }

  @Test
  void aBlankNameAndACodeWithSpacesAreRefused() {
    assertThatThrownBy(() -> AdminDivision.builder().name("\u00a0").code("US TX").build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.findings())
                    .extracting(Finding::path, Finding::code)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("name", "adminDivision.name.blank"),
                        org.assertj.core.groups.Tuple.tuple("code", "adminDivision.code.format")));
    assertThatThrownBy(() -> AdminDivision.builder().code("X".repeat(65)).build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.codes()).containsExactly("adminDivision.code.format"));
  }

  @Test
  void aPlaceMayBeKnownByItsDivisionsAlone() {
    Place p =
        Place.builder()
            .admin1(AdminDivision.named("State of Victoria"))
            .admin2(AdminDivision.named("Yarra"))
            .build();
    assertThat(p.admin1().flatMap(AdminDivision::name)).contains("State of Victoria");
    assertThat(p.admin2().flatMap(AdminDivision::name)).contains("Yarra");
    assertThat(Place.builder().admin2(AdminDivision.named("Yarra")).build().admin1()).isEmpty();
    assertThat(Place.builder().from(p).build()).isEqualTo(p).hasSameHashCodeAs(p);
  }
}

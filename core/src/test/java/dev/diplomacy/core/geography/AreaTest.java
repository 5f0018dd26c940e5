package dev.diplomacy.core.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.validation.Finding;
import dev.diplomacy.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class AreaTest {

  @Test
  void theJointSecurityAreaIsAdministeredByTheUnCommandAndNorthKorea() {
    Area jsa =
        Area.builder()
            .areaKind(AreaKind.JOINTLY_ADMINISTERED)
            .name("Joint Security Area")
            .addCountries(Country.of("KP"), Country.of("KR"))
            .addAdministrators(Id.of("united-nations-command"), Id.of("state-kp"))
            .build();
    assertThat(jsa.countries()).containsExactly(Country.of("KP"), Country.of("KR"));
    assertThat(jsa.administrators())
        .containsExactly(Id.of("united-nations-command"), Id.of("state-kp"));
    assertThat(Area.of(AreaKind.INTERNATIONAL_WATERS).name()).isEmpty();
  }

  @Test
  void everyBrokenRuleIsReported() {
    assertThatThrownBy(
            () ->
                Area.builder()
                    .areaKind(AreaKind.DISPUTED_TERRITORY)
                    .name(" ")
                    .addCountries(Country.of("IN"), Country.of("IN"))
                    .addAdministrators(Id.of("a"), Id.of("a"))
                    .build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.codes())
                  .containsExactly(
                      "area.name.blank",
                      "area.countries.duplicate",
                      "area.administrators.duplicate");
              assertThat(e.findings())
                  .extracting(Finding::path)
                  .containsExactly("name", "countries[1]", "administrators[1]");
            });
  }
}

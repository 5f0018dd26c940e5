package dev.diplomacy.jackson2;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The jackson2 module's tests run twice (jackson2/pom.xml): on the Jackson 2 this module is
 * compiled against and on the one Spring Boot 3.5 manages. Each run names the version it means to
 * test, and this test fails when the class path holds another, so that a run never passes on the
 * wrong Jackson unnoticed.
 */
class JacksonVersionTest {

  private static final String EXPECTED = "diplomacy.expectedJackson2";

  @Test
  void runsOnTheJackson2ItMeansToTest() {
    String expected = System.getProperty(EXPECTED);
    assertThat(expected).as("system property %s, set by jackson2/pom.xml", EXPECTED).isNotBlank();
    assertThat(com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString())
        .as("jackson-core")
        .isEqualTo(expected);
    assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString())
        .as("jackson-databind")
        .isEqualTo(expected);
  }
}

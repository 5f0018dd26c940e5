package dev.diplomacy.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The json module's tests run twice (json/pom.xml): on the Jackson 3 this build manages and on the
 * one Spring Boot 4 manages. Each run names the version it means to test, and this test fails when
 * the class path holds another, so that a run never passes on the wrong Jackson unnoticed.
 */
class JacksonVersionTest {

  private static final String EXPECTED = "diplomacy.expectedJackson";

  @Test
  void runsOnTheJacksonItMeansToTest() {
    String expected = System.getProperty(EXPECTED);
    assertThat(expected).as("system property %s, set by json/pom.xml", EXPECTED).isNotBlank();
    assertThat(tools.jackson.core.json.PackageVersion.VERSION.toString())
        .as("jackson-core")
        .isEqualTo(expected);
    assertThat(tools.jackson.databind.cfg.PackageVersion.VERSION.toString())
        .as("jackson-databind")
        .isEqualTo(expected);
  }
}

package dev.diplomacy.spring.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.spring.DiplomacyJsonStartupException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import tools.jackson.databind.cfg.PackageVersion;

/**
 * Jackson 3 on a jackson-annotations too old for it (Spring Boot 3's), as the issue found it:
 * {@code NoClassDefFoundError: com/fasterxml/jackson/annotation/JsonSerializeAs}, reported with the
 * versions found and the fix.
 */
class JacksonAnnotationsCheckTest {

  @Test
  void passesWithTheAnnotationsOfTheJacksonInUse() {
    assertThat(JacksonAnnotationsCheck.check(getClass().getClassLoader())).isEmpty();
  }

  @Test
  void namesTheOldJarTheMissingAnnotationAndTheFix() throws Exception {
    try (OldJacksonAnnotations loader = new OldJacksonAnnotations()) {
      Optional<DiplomacyJsonStartupException> failure = JacksonAnnotationsCheck.check(loader);

      assertThat(failure).isPresent();
      String databind = PackageVersion.VERSION.toString();
      assertThat(failure.get().description())
          .contains("jackson-databind " + databind)
          .contains("version 2.19.2")
          .contains("lacks com.fasterxml.jackson.annotation.JsonSerializeAs")
          .contains("Spring Boot 3");
      assertThat(failure.get().action())
          .contains("tools.jackson:jackson-bom:" + databind)
          .contains("com.fasterxml.jackson.core:jackson-annotations")
          .contains("diplomacy-jackson2");
      assertThat(failure.get()).hasCauseInstanceOf(NoClassDefFoundError.class);
    }
  }

  @Test
  void theAnalyzerReportsTheRawFailureWhereverJacksonMetItFirst() {
    BeanCreationException raw =
        new BeanCreationException(
            "jacksonJsonMapper",
            "Failed to instantiate",
            new NoClassDefFoundError("com/fasterxml/jackson/annotation/JsonSerializeAs"));

    FailureAnalysis analysis = new DiplomacyJsonFailureAnalyzer().analyze(raw);

    assertThat(analysis).isNotNull();
    assertThat(analysis.getDescription())
        .contains("lacks com.fasterxml.jackson.annotation.JsonSerializeAs")
        .contains("jackson-databind " + PackageVersion.VERSION);
    assertThat(analysis.getAction()).contains("tools.jackson:jackson-bom:");
    assertThat(analysis.getCause()).isInstanceOf(NoClassDefFoundError.class);
  }

  @Test
  void theAnalyzerLeavesOtherFailuresToOthers() {
    assertThat(
            new DiplomacyJsonFailureAnalyzer()
                .analyze(
                    new BeanCreationException(
                        "x", "y", new NoClassDefFoundError("org/example/Missing"))))
        .isNull();
    assertThat(new DiplomacyJsonFailureAnalyzer().analyze(new IllegalStateException("no")))
        .isNull();
  }
}

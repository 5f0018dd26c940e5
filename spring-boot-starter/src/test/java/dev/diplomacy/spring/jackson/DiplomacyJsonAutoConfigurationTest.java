package dev.diplomacy.spring.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.diplomacy.core.actors.Actor;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.json.DiplomacyJson;
import dev.diplomacy.json.DiplomacyModule;
import dev.diplomacy.json.format.DiplomacyJsonException;
import dev.diplomacy.json.format.Mode;
import dev.diplomacy.spring.DiplomacyJsonProblemHandler;
import dev.diplomacy.spring.DiplomacyJsonStartupException;
import dev.diplomacy.spring.DiplomacyJsonStartupFailureAnalyzer;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/** The module in Boot's mapper, in the property's mode, whatever Boot found before it. */
class DiplomacyJsonAutoConfigurationTest {

  /** A state with a property the format does not know. */
  private static final String STATE_WITH_MOTTO =
      "{\"type\":\"state\",\"id\":\"cuba\",\"name\":{\"text\":\"Cuba\"},\"country\":\"CU\","
          + "\"motto\":\"Patria o muerte\"}";

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  JacksonAutoConfiguration.class, DiplomacyJsonAutoConfiguration.class));

  private static List<Mode> diplomacyModules(JsonMapper mapper) {
    return mapper.registeredModules().stream()
        .filter(DiplomacyModule.class::isInstance)
        .map(m -> ((DiplomacyModule) m).mode())
        .collect(Collectors.toList());
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void strictByDefaultWithOrWithoutTheServiceFile(boolean findAndAddModules) {
    runner
        .withPropertyValues("spring.jackson.find-and-add-modules=" + findAndAddModules)
        .run(
            context -> {
              JsonMapper mapper = context.getBean(JsonMapper.class);
              assertThat(diplomacyModules(mapper)).containsExactly(Mode.STRICT);
              assertThatThrownBy(() -> mapper.readValue(STATE_WITH_MOTTO, Actor.class))
                  .isInstanceOf(DatabindException.class)
                  .cause()
                  .isInstanceOfSatisfying(
                      DiplomacyJsonException.class,
                      e -> assertThat(e.codes()).containsExactly("json.unknownProperty"));
            });
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void lenientWhenThePropertySaysSoEvenThoughTheServiceFileGivesTheStrictModule(
      boolean findAndAddModules) {
    runner
        .withPropertyValues(
            "diplomacy.json.mode=lenient",
            "spring.jackson.find-and-add-modules=" + findAndAddModules)
        .run(
            context -> {
              JsonMapper mapper = context.getBean(JsonMapper.class);
              assertThat(diplomacyModules(mapper)).containsExactly(Mode.LENIENT);
              Actor cuba = mapper.readValue(STATE_WITH_MOTTO, Actor.class);
              assertThat(mapper.writeValueAsString(cuba)).contains("\"motto\":\"Patria o muerte\"");
            });
  }

  @Test
  void writesADossierAsTheLibraryDoesWhenBootAddsNoModuleItself() {
    Dossier dossier = ReferenceDossier.dossier();
    runner
        .withPropertyValues("spring.jackson.find-and-add-modules=false")
        .run(
            context -> {
              JsonMapper mapper = context.getBean(JsonMapper.class);
              assertThat(mapper.readTree(mapper.writeValueAsString(dossier)))
                  .isEqualTo(mapper.readTree(DiplomacyJson.strict().write(dossier)));
              assertThat(mapper.readValue(ReferenceDossier.text(), Dossier.class))
                  .isEqualTo(dossier);
            });
  }

  @Test
  void aModuleBeanOfTheSameModeIsWelcome() {
    runner
        .withPropertyValues("diplomacy.json.mode=lenient")
        .withBean("myModule", DiplomacyModule.class, DiplomacyModule::lenient)
        .run(
            context ->
                assertThat(diplomacyModules(context.getBean(JsonMapper.class)))
                    .containsExactly(Mode.LENIENT));
  }

  @Test
  void aModuleBeanOfAnotherModeFailsTheStartupNamingTheBeanAndTheProperty() {
    runner
        .withBean("myModule", DiplomacyModule.class, DiplomacyModule::lenient)
        .run(
            context ->
                assertThat(context.getStartupFailure())
                    .rootCause()
                    .isInstanceOf(DiplomacyJsonStartupException.class)
                    .hasMessageContaining("'myModule' is a lenient DiplomacyModule")
                    .hasMessageContaining("diplomacy.json.mode is strict")
                    .hasMessageContaining("set diplomacy.json.mode=lenient"));
  }

  @Test
  void anotherJacksonModuleBeanStaysBesideIt() {
    runner
        .withBean(
            "other",
            JacksonModule.class,
            () -> new tools.jackson.databind.module.SimpleModule("other"))
        .run(
            context -> {
              JsonMapper mapper = context.getBean(JsonMapper.class);
              assertThat(diplomacyModules(mapper)).containsExactly(Mode.STRICT);
              assertThat(mapper.registeredModules())
                  .anySatisfy(m -> assertThat(m.getModuleName()).isEqualTo("other"));
            });
  }

  @Test
  void failsTheStartupWithTheFixOnAJacksonAnnotationsTooOld() throws Exception {
    try (OldJacksonAnnotations loader = new OldJacksonAnnotations()) {
      runner
          .withClassLoader(loader)
          .run(
              context -> {
                Throwable failure = context.getStartupFailure();
                assertThat(failure).isInstanceOf(DiplomacyJsonStartupException.class);
                assertThat(new DiplomacyJsonFailureAnalyzer().analyze(failure))
                    .as("left to the common analyzer, which reports it as raised")
                    .isNull();
                assertThat(new DiplomacyJsonStartupFailureAnalyzer().analyze(failure))
                    .satisfies(
                        a -> {
                          assertThat(a.getDescription()).contains("version 2.19.2");
                          assertThat(a.getAction()).contains("tools.jackson:jackson-bom:");
                        });
              });
    }
  }

  @Test
  void failsTheStartupOnSpringBoot3NamingTheJackson2Binding() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DiplomacyJsonAutoConfiguration.class))
        .withClassLoader(new FilteredClassLoader(JsonMapperBuilderCustomizer.class))
        .run(
            context -> {
              assertThat(context.getStartupFailure())
                  .isInstanceOf(DiplomacyJsonStartupException.class)
                  .hasMessageContaining("older Spring Boot")
                  .hasMessageContaining("diplomacy-jackson2");
            });
  }

  @Test
  void noProblemHandlerOutsideAWebApplication() {
    runner.run(context -> assertThat(context).doesNotHaveBean(DiplomacyJsonProblemHandler.class));
  }
}

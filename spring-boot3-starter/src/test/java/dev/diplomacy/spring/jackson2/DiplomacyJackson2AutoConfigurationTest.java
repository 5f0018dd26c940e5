package dev.diplomacy.spring.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.diplomacy.core.actors.Actor;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.jackson2.DiplomacyJackson2;
import dev.diplomacy.jackson2.DiplomacyJackson2Module;
import dev.diplomacy.json.format.DiplomacyJsonException;
import dev.diplomacy.spring.DiplomacyJsonProblemHandler;
import dev.diplomacy.spring.DiplomacyJsonStartupException;
import dev.diplomacy.spring.DiplomacyJsonStartupFailureAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

/**
 * The module in Boot 3's mapper, in the property's mode, whatever modules the application gives
 * Boot, and whether or not something turns on the builder's search through the service file.
 */
class DiplomacyJackson2AutoConfigurationTest {

  /** A state with a property the format does not know. */
  private static final String STATE_WITH_MOTTO =
      "{\"type\":\"state\",\"id\":\"cuba\",\"name\":{\"text\":\"Cuba\"},\"country\":\"CU\","
          + "\"motto\":\"Patria o muerte\"}";

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  JacksonAutoConfiguration.class, DiplomacyJackson2AutoConfiguration.class));

  /**
   * Runs {@code runner} with or without the builder's search through the service file, which Spring
   * Boot 3 leaves off: {@code spring.jackson.find-and-add-modules} (Spring Boot 4's property;
   * Spring Boot 3.5 has no such setting and ignores it) and, for that to mean what it says here, an
   * application customizer that turns the search on or off.
   */
  private static ApplicationContextRunner findingModules(
      ApplicationContextRunner runner, boolean findAndAddModules) {
    return runner
        .withPropertyValues("spring.jackson.find-and-add-modules=" + findAndAddModules)
        .withBean(
            "findModules",
            Jackson2ObjectMapperBuilderCustomizer.class,
            () -> builder -> builder.findModulesViaServiceLoader(findAndAddModules));
  }

  /** The ids of the diplomacy modules registered in {@code mapper}, in the order registered. */
  private static List<Object> diplomacyModules(ObjectMapper mapper) {
    return mapper.getRegisteredModuleIds().stream()
        .filter(id -> id.toString().startsWith(DiplomacyJackson2Module.class.getName()))
        .toList();
  }

  private static Object idOf(DiplomacyJackson2Module module) {
    return module.getTypeId();
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void strictByDefaultWithOrWithoutTheServiceFile(boolean findAndAddModules) {
    findingModules(runner, findAndAddModules)
        .run(
            context -> {
              ObjectMapper mapper = context.getBean(ObjectMapper.class);
              assertThat(diplomacyModules(mapper))
                  .containsExactly(idOf(new DiplomacyJackson2Module()));
              assertThatThrownBy(() -> mapper.readValue(STATE_WITH_MOTTO, Actor.class))
                  .isInstanceOf(JsonMappingException.class)
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
    findingModules(runner.withPropertyValues("diplomacy.json.mode=lenient"), findAndAddModules)
        .run(
            context -> {
              ObjectMapper mapper = context.getBean(ObjectMapper.class);
              Object lenient = idOf(DiplomacyJackson2Module.lenient());
              if (findAndAddModules) {
                // The builder registers the service file's strict module before the list.
                assertThat(diplomacyModules(mapper))
                    .containsExactly(idOf(new DiplomacyJackson2Module()), lenient);
              } else {
                assertThat(diplomacyModules(mapper)).containsExactly(lenient);
              }
              Actor cuba = mapper.readValue(STATE_WITH_MOTTO, Actor.class);
              assertThat(mapper.writeValueAsString(cuba)).contains("\"motto\":\"Patria o muerte\"");
              assertThat(cuba)
                  .isEqualTo(DiplomacyJackson2.lenient().read(STATE_WITH_MOTTO, Actor.class));
            });
  }

  @Test
  void writesADossierAsTheLibraryDoesToTheByte() {
    Dossier dossier = ReferenceDossier.dossier();
    runner.run(
        context -> {
          ObjectMapper mapper = context.getBean(ObjectMapper.class);
          assertThat(mapper.writeValueAsString(dossier))
              .isEqualTo(DiplomacyJackson2.strict().write(dossier));
          assertThat(mapper.readValue(ReferenceDossier.text(), Dossier.class)).isEqualTo(dossier);
        });
  }

  @Test
  void aModuleBeanOfTheSameModeIsWelcomeAndRegisteredOnce() {
    runner
        .withPropertyValues("diplomacy.json.mode=lenient")
        .withBean("myModule", DiplomacyJackson2Module.class, DiplomacyJackson2Module::lenient)
        .run(
            context ->
                assertThat(diplomacyModules(context.getBean(ObjectMapper.class)))
                    .containsExactly(idOf(DiplomacyJackson2Module.lenient())));
  }

  @Test
  void aModuleBeanOfAnotherModeFailsTheStartupNamingTheBeanThePropertyAndTheFix() {
    runner
        .withBean("myModule", DiplomacyJackson2Module.class, DiplomacyJackson2Module::lenient)
        .run(
            context -> {
              Throwable failure = context.getStartupFailure();
              assertThat(failure)
                  .rootCause()
                  .isInstanceOf(DiplomacyJsonStartupException.class)
                  .hasMessageContaining("'myModule' is a lenient DiplomacyJackson2Module")
                  .hasMessageContaining("diplomacy.json.mode is strict")
                  .hasMessageContaining("set diplomacy.json.mode=lenient");
              FailureAnalysis analysis = new DiplomacyJsonStartupFailureAnalyzer().analyze(failure);
              assertThat(analysis).isNotNull();
              assertThat(analysis.getDescription()).contains("'myModule'");
              assertThat(analysis.getAction()).startsWith("Remove the bean 'myModule'");
            });
  }

  @Test
  void anotherModuleBeanStaysBesideIt() {
    runner
        .withBean("other", Module.class, () -> new SimpleModule("other"))
        .run(
            context -> {
              ObjectMapper mapper = context.getBean(ObjectMapper.class);
              assertThat(diplomacyModules(mapper))
                  .containsExactly(idOf(new DiplomacyJackson2Module()));
              assertThat(mapper.getRegisteredModuleIds()).contains("other");
            });
  }

  @Test
  void neverLoadsJackson3() {
    runner.run(
        context -> {
          assertThat(context).hasNotFailed();
          assertThatThrownBy(
                  () ->
                      Class.forName(
                          "tools.jackson.databind.ObjectMapper", false, context.getClassLoader()))
              .isInstanceOf(ClassNotFoundException.class);
          assertThatThrownBy(() -> Class.forName("dev.diplomacy.json.DiplomacyJson"))
              .isInstanceOf(ClassNotFoundException.class);
        });
  }

  @Test
  void theProblemHandlerInAServletApplicationUnlessTurnedOff() {
    WebApplicationContextRunner web =
        new WebApplicationContextRunner()
            .withConfiguration(
                AutoConfigurations.of(
                    JacksonAutoConfiguration.class,
                    WebMvcAutoConfiguration.class,
                    DiplomacyJackson2AutoConfiguration.class));
    web.run(context -> assertThat(context).hasSingleBean(DiplomacyJsonProblemHandler.class));
    web.withPropertyValues("diplomacy.json.problem-details=false")
        .run(context -> assertThat(context).doesNotHaveBean(DiplomacyJsonProblemHandler.class));
    runner.run(context -> assertThat(context).doesNotHaveBean(DiplomacyJsonProblemHandler.class));
  }
}

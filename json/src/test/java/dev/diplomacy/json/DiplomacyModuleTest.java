package dev.diplomacy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.diplomacy.core.actors.Actor;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.geography.Place;
import dev.diplomacy.core.sources.Certainty;
import dev.diplomacy.core.time.When;
import dev.diplomacy.json.format.DiplomacyJsonException;
import dev.diplomacy.json.format.Mode;
import dev.diplomacy.json.format.Problem;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

class DiplomacyModuleTest {

  /** A user's own type that holds the library's. */
  record Trip(String who, Place where, List<When> when) {}

  private static final Trip TRIP =
      new Trip("Ri Su-yong", Place.of("Havana", Country.of("CU")), List.of(When.on("2018-07-05")));
  private static final String TRIP_JSON =
      "{\"who\":\"Ri Su-yong\",\"where\":{\"country\":\"CU\",\"locality\":\"Havana\"},\"when\":[{\"date\":\"2018-07-05\"}]}";

  @Test
  void worksInAPlainMapper() {
    JsonMapper mapper = JsonMapper.builder().addModule(new DiplomacyModule()).build();
    assertThat(mapper.writeValueAsString(TRIP)).isEqualTo(TRIP_JSON);
    assertThat(mapper.readValue(TRIP_JSON, Trip.class)).isEqualTo(TRIP);
  }

  @Test
  void isFoundByTheServiceLoader() {
    List<JacksonModule> found =
        StreamSupport.stream(ServiceLoader.load(JacksonModule.class).spliterator(), false)
            .collect(Collectors.toList());
    assertThat(found).hasAtLeastOneElementOfType(DiplomacyModule.class);
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    assertThat(mapper.registeredModules())
        .anySatisfy(m -> assertThat(m).isInstanceOf(DiplomacyModule.class));
    assertThat(mapper.writeValueAsString(TRIP)).isEqualTo(TRIP_JSON);
    assertThat(mapper.readValue(TRIP_JSON, Trip.class)).isEqualTo(TRIP);
  }

  @Test
  void theModuleAddedLastWins() {
    JsonMapper mapper =
        JsonMapper.builder().findAndAddModules().addModule(DiplomacyModule.lenient()).build();
    List<DiplomacyModule> ours =
        mapper.registeredModules().stream()
            .filter(DiplomacyModule.class::isInstance)
            .map(DiplomacyModule.class::cast)
            .collect(Collectors.toList());
    assertThat(ours).extracting(DiplomacyModule::mode).containsExactly(Mode.LENIENT);
    assertThat(new DiplomacyModule().mode()).isEqualTo(Mode.STRICT);
    assertThat(DiplomacyModule.of(Mode.LENIENT).getRegistrationId())
        .isEqualTo(new DiplomacyModule().getRegistrationId());
  }

  @Test
  void failsWithAJacksonExceptionCarryingEveryProblemAtPointersOfTheWholeDocument() {
    JsonMapper mapper = JsonMapper.builder().addModule(new DiplomacyModule()).build();
    String bad =
        "{\"who\":\"Ri\",\"where\":{\"country\":\"XX\",\"locality\":7},\"when\":[{\"date\":\"2018-07-05\"}]}";
    Throwable thrown = catchThrowable(() -> mapper.readValue(bad, Trip.class));
    assertThat(thrown)
        .isInstanceOf(DatabindException.class)
        .hasCauseInstanceOf(DiplomacyJsonException.class);
    DiplomacyJsonException problems = (DiplomacyJsonException) thrown.getCause();
    assertThat(problems.problems())
        .extracting(Problem::pointer, Problem::code)
        .containsExactly(
            CodecHarness.at("/where/country", "country.unknown"),
            CodecHarness.at("/where/locality", "json.type"));
  }

  @Test
  void theEntryPointUnwrapsThemForAUsersType() {
    String bad = "{\"who\":\"Ri\",\"where\":{},\"when\":[{\"date\":\"2018-07-05\"}]}";
    Throwable thrown = catchThrowable(() -> DiplomacyJson.strict().read(bad, Trip.class));
    assertThat(thrown)
        .isInstanceOf(DiplomacyJsonException.class)
        .isNotInstanceOf(JacksonException.class);
    assertThat(((DiplomacyJsonException) thrown).codes()).containsExactly("place.empty");
    assertThat(((DiplomacyJsonException) thrown).problems().get(0).pointer()).isEqualTo("/where");
  }

  @Test
  void userTypesReadThroughTheEntryPointKeepJacksonsStrictness() {
    String unknown = "{\"who\":\"Ri\",\"where\":{\"country\":\"CU\"},\"when\":[],\"extra\":1}";
    assertThat(
            CodecHarness.pointersAndCodes(() -> DiplomacyJson.strict().read(unknown, Trip.class)))
        .containsExactly(CodecHarness.at("/extra", "json.unknownProperty"));
  }

  @Test
  void readsAndWritesEveryTypeOfTheModelInAUsersMapper() {
    JsonMapper mapper = JsonMapper.builder().addModule(new DiplomacyModule()).build();
    String json = Golden.text("dossier.json");
    Dossier dossier = mapper.readValue(json, Dossier.class);
    assertThat(dossier).isEqualTo(DossierCodecTest.DOSSIER);
    assertThat(CodecHarness.tree(mapper.writeValueAsString(dossier)))
        .isEqualTo(CodecHarness.tree(json));
    for (Object value :
        List.of(
            EventCodecTest.MESSAGE,
            ActorCodecTest.PERSON,
            SourceCodecTest.SOURCE,
            RelationshipCodecTest.RELATIONSHIP)) {
      assertThat(mapper.writeValueAsString(value)).isEqualTo(DiplomacyJson.strict().write(value));
    }
    assertThat(mapper.readValue(mapper.writeValueAsString(EventCodecTest.MESSAGE), Event.class))
        .isEqualTo(EventCodecTest.MESSAGE);
    assertThat(mapper.readValue(mapper.writeValueAsString(ActorCodecTest.PERSON), Actor.class))
        .isEqualTo(ActorCodecTest.PERSON);
    assertThat(mapper.writeValueAsString(Certainty.ALLEGED)).isEqualTo("\"alleged\"");
  }

  @Test
  void describesItself() {
    DiplomacyModule module = new DiplomacyModule();
    assertThat(module.getModuleName()).isEqualTo("diplomacy");
    assertThat(module.version().getArtifactId()).isEqualTo("diplomacy-json");
    assertThat(module).hasToString("DiplomacyModule[STRICT]");
  }
}

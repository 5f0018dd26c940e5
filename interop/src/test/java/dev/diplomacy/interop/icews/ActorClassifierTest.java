package dev.diplomacy.interop.icews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.diplomacy.core.actors.ActorKind;
import dev.diplomacy.core.actors.OrganizationKind;
import dev.diplomacy.core.geography.Country;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The heuristic that tells states, persons and organisations apart, on names and sectors of the
 * ICEWS sample.
 */
class ActorClassifierTest {

  private static List<String> sectors(String joined) {
    return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Russia|RU",
        "North Korea|KP",
        "Palestinian Territory, Occupied|PS",
        "Macedonia|MK",
        "Cote d'Ivoire|CI"
      })
  void aCountrysNameWithoutSectorsIsAState(String name, String alpha2) {
    ActorClassifier.Kind k = ActorClassifier.classify(name, List.of());
    assertThat(k.actorKind()).isEqualTo(ActorKind.STATE);
    assertThat(k.stateCountry()).contains(Country.of(alpha2));
  }

  @Test
  void aCountrysNameWithSectorsIsAnOrganization() {
    ActorClassifier.Kind k = ActorClassifier.classify("South Korea", List.of("Government"));
    assertThat(k.actorKind()).isEqualTo(ActorKind.ORGANIZATION);
    assertThat(k.organizationKind()).isEqualTo(OrganizationKind.GOVERNMENT);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Kim Jong-Un",
        "Raúl Castro",
        "Miguel Díaz-Canel",
        "Sergey Viktorovich Lavrov",
        "Bashar al-Assad",
        "Salman bin Abdulaziz al-Saud",
        "António Manuel de Oliveira Guterres",
        "Michelle O'Neill",
        "C.P. Verma",
        "John F. Kelly",
        "Harald V",
        "Albert II",
        "Abdullah II of Jordan",
        "Prime Minister bin Ibrahim",
        "Kolinda Grabar-Kitarović",
        "Kathleen Wynne"
      })
  void personsNames(String name) {
    assertThat(ActorClassifier.looksLikePerson(name)).isTrue();
    assertThat(ActorClassifier.classify(name, List.of("Government")).actorKind())
        .isEqualTo(ActorKind.PERSON);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Google",
        "Jayalalithaa",
        "Citizen (India)",
        "Foreign Affairs (Russia)",
        "Communist Party of India",
        "Bharatiya Janata",
        "Lok Sabha",
        "Verkhovna Rada",
        "Al Qaeda",
        "Al Jazeera",
        "Associated Press",
        "BBC",
        "G7",
        "Mahindra & Mahindra",
        "South Asia",
        "Middle East",
        "Islamic State of Iraq and the Levant",
        "United States Postal Service",
        "TAMIL NADU Police",
        "Department of State",
        "european union"
      })
  void notPersonsNames(String name) {
    assertThat(ActorClassifier.classify(name, List.of("Government")).actorKind())
        .isEqualTo(ActorKind.ORGANIZATION);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Citizen (India)|General Population / Civilian / Social,Social|OTHER",
        "Protester (India)|Dissident,Protestors / Popular Opposition / Mobs|OTHER",
        "Korean Central News Agency|Executive,Government,State Media,Information / Communication / Transparency Ministry|NEWS_MEDIA",
        "BBC|Media,Social|NEWS_MEDIA",
        "Disney|Media,Entertainment,Multinational Corporation,Social|COMPANY",
        "Activist (India)|Nongovernmental Organization (International),Human Rights NGOs,Human Rights IGOs|NGO",
        "United Nations|International Government Organization,Global,Global Diplomatic IGOs|INTERNATIONAL_ORGANIZATION",
        "Bharatiya Janata|Parties,Opposition Major Party (Out Of Government),(National) Major Party|POLITICAL_PARTY",
        "Indian Navy|Navy,Government,Military|MILITARY",
        "Verkhovna Rada|Government,Unicameral,Legislative / Parliamentary|LEGISLATURE",
        "Foreign Affairs (Russia)|Government,Foreign Ministry,Executive|MINISTRY",
        "Ministry (India)|Government|MINISTRY",
        "Embassy (Cuba)|Government|EMBASSY",
        "Police (India)|Government,Police|GOVERNMENT",
        "Toyota|Business,Multinational Corporation,Social,Transportation Business|COMPANY",
        "Romani|International Ethnic,Gypsy|OTHER",
        "Africa||OTHER"
      })
  void organizationKindsBySectors(String name, String joined, OrganizationKind kind) {
    ActorClassifier.Kind k = ActorClassifier.classify(name, sectors(joined == null ? "" : joined));
    assertThat(k.actorKind()).isEqualTo(ActorKind.ORGANIZATION);
    assertThat(k.organizationKind()).isEqualTo(kind);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Citizen (India)",
        "Police (Philippines)",
        "Foreign Affairs\t (Russia)",
        "Member of Parliament (India)",
        "A (b) (c)"
      })
  void genericActorsEndWithABracketedName(String name) {
    assertThat(ActorClassifier.isGenericActor(name)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        ")",
        "(India)",
        " (India)",
        "Citizen(India)",
        "Citizen ()",
        "Citizen (India",
        "a ("
      })
  void otherNamesAreNoGenericActors(String name) {
    assertThat(ActorClassifier.isGenericActor(name)).isFalse();
  }

  /**
   * A regular expression backtracked on this name: 30,000 characters took 4 s, 300,000 took 463 s
   * on a busy two-core machine. A name of 3,000,000 characters is classified in a few seconds.
   */
  @Test
  void aLongNameIsClassifiedInLinearTime() {
    for (String name : List.of("a (".repeat(1_000_000), "a (".repeat(1_000_000) + ")")) {
      ActorClassifier.Kind k =
          assertTimeoutPreemptively(
              Duration.ofSeconds(10), () -> ActorClassifier.classify(name, List.of()));
      assertThat(k.actorKind()).isEqualTo(ActorKind.ORGANIZATION);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"Unspecified Actor", "Unidentified State Actor", "unspecified  actor"})
  void placeholdersAreNoActors(String name) {
    assertThat(ActorClassifier.isPlaceholder(name)).isTrue();
  }

  @Test
  void aNamedPersonIsNoPlaceholder() {
    assertThat(ActorClassifier.isPlaceholder("Kim Jong-Un")).isFalse();
  }
}

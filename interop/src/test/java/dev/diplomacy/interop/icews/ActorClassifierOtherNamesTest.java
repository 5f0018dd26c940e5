package dev.diplomacy.interop.icews;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.actors.ActorKind;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The heuristic on names that are not in the ICEWS sample, written from general knowledge:
 * legislatures, parties, ministries and agencies of several countries, and persons' names of
 * several cultures. How well it guesses here, not on the sample it was written against, is what a
 * user can expect; the names it gets wrong are listed, so that a change to the guess shows.
 */
class ActorClassifierOtherNamesTest {

  private static final List<String> ORGANIZATIONS =
      List.of(
          "Lok Sabha",
          "Rajya Sabha",
          "Vidhan Sabha",
          "Verkhovna Rada",
          "Federation Council",
          "State Duma",
          "Bundestag",
          "National Diet",
          "Cortes Generales",
          "Dáil Éireann",
          "Supreme People's Assembly",
          "Guardian Council",
          "Shiv Sena",
          "Jharkhand Mukti Morcha",
          "Gorkha Janmukti Morcha",
          "Rashtriya Swayamsevak Sangh",
          "Bharatiya Mazdoor Sangh",
          "Bharatiya Janata Party",
          "Rashtriya Janata Dal",
          "Christian Democratic Union",
          "Liberal Democratic Party",
          "African National Congress",
          "Forza Italia",
          "Sinn Féin",
          "Muslim Brotherhood",
          "Ministry of Foreign Affairs",
          "Quai d'Orsay",
          "Federal Bureau of Investigation",
          "Australian Security Intelligence Organisation",
          "Scotland Yard",
          "European Central Bank",
          "World Health Organization",
          "African Union",
          "Bundeswehr",
          "Mossad");

  private static final List<String> PERSONS =
      List.of(
          "Narendra Modi",
          "Mamata Banerjee",
          "Uddhav Thackeray",
          "Volodymyr Zelensky",
          "Olaf Scholz",
          "Emmanuel Macron",
          "Shinzo Abe",
          "Jacinda Ardern",
          "Cyril Ramaphosa",
          "Luiz Inácio Lula da Silva",
          "Mohammed bin Salman",
          "Recep Tayyip Erdoğan",
          "Xi Jinping",
          "Moon Jae-in",
          "Kim Dae-jung",
          "Angela Merkel",
          "Ursula von der Leyen",
          "Abiy Ahmed",
          "Ellen Johnson Sirleaf",
          "Benjamin Netanyahu",
          "Nguyen Xuan Phuc",
          "Joko Widodo",
          "Andrés Manuel López Obrador",
          "Jorge de Sena",
          "Molly Yard");

  /** The names the guess gets wrong, each with the reason. */
  private static final Map<String, String> KNOWN_MISSES =
      Map.of(
          "National Diet", "no organisation word: two capitalised words read as a person",
          "Cortes Generales", "no organisation word: two capitalised words read as a person",
          "Dáil Éireann", "no organisation word: two capitalised words read as a person",
          "Forza Italia", "no organisation word: two capitalised words read as a person",
          "Sinn Féin", "no organisation word: two capitalised words read as a person",
          "Muslim Brotherhood", "no organisation word: two capitalised words read as a person",
          "Scotland Yard", "\"yard\" is no organisation word (it names persons: Molly Yard)",
          "Jorge de Sena", "\"sena\" (army, as in Shiv Sena) is also a Portuguese surname");

  @Test
  void namesBeyondTheSampleAreGuessedAsListed() {
    Map<String, String> wrong = new TreeMap<>();
    Stream.concat(
            ORGANIZATIONS.stream().map(n -> Map.entry(n, ActorKind.ORGANIZATION)),
            PERSONS.stream().map(n -> Map.entry(n, ActorKind.PERSON)))
        .forEach(
            e -> {
              ActorKind guessed = ActorClassifier.classify(e.getKey(), List.of()).actorKind();
              if (guessed != e.getValue()) {
                wrong.put(e.getKey(), guessed + " (expected " + e.getValue() + ")");
              }
            });
    int total = ORGANIZATIONS.size() + PERSONS.size();
    assertThat(wrong)
        .as("%d of %d right; wrong: %s", total - wrong.size(), total, wrong)
        .containsOnlyKeys(KNOWN_MISSES.keySet());
  }
}

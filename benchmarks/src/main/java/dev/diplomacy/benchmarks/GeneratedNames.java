package dev.diplomacy.benchmarks;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.actors.Actor;
import dev.diplomacy.core.actors.Name;
import dev.diplomacy.core.actors.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Actors and mentions of them, made up, for name resolution when the ICEWS sample is absent. */
final class GeneratedNames {

  private static final String[] GIVEN = {
    "Ana", "Boris", "Chen", "Dmitri", "Elena", "Fatima", "Gustavo", "Hyun", "Ivan", "Jamal",
    "Kenji", "Leila", "Marta", "Nikolai", "Omar"
  };
  private static final String[] FAMILY = {
    "Abadi",
    "Barros",
    "Castillo",
    "Dlamini",
    "Eriksen",
    "Fonseca",
    "Gupta",
    "Haddad",
    "Ito",
    "Jovanovic",
    "Kowalski",
    "Lindqvist",
    "Moreau",
    "Nakamura",
    "Okafor",
    "Petrov",
    "Quispe",
    "Rahman",
    "Silva",
    "Tanaka"
  };

  private GeneratedNames() {}

  /** The reference dossier's actors and 300 made-up persons. */
  static List<Actor> actors() {
    List<Actor> actors = new ArrayList<>(Fixtures.dossier().actors());
    for (int i = 0; i < 300; i++) {
      String name = GIVEN[i % GIVEN.length] + " " + FAMILY[(i / GIVEN.length) % FAMILY.length];
      actors.add(Person.builder().id(Id.of("person-" + i)).name(Name.of(name)).build());
    }
    return actors;
  }

  /**
   * About 2,000 mentions of {@code actors}: full names, surnames, names in capitals, and unknown
   * names.
   */
  static String[] mentions(List<Actor> actors) {
    SplittableRandom r = new SplittableRandom(42);
    List<String> mentions = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      List<Name> names = actors.get(r.nextInt(actors.size())).allNames();
      String name = names.get(r.nextInt(names.size())).text();
      switch (r.nextInt(4)) {
        case 0 -> mentions.add(name.substring(name.lastIndexOf(' ') + 1));
        case 1 -> mentions.add(name.toUpperCase(Locale.ROOT));
        case 2 -> mentions.add("Unknown " + FAMILY[r.nextInt(FAMILY.length)] + " " + i);
        default -> mentions.add(name);
      }
    }
    return mentions.toArray(String[]::new);
  }
}

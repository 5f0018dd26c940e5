package dev.diplomacy.core.actors;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Actors by the names a text may mention them by, with the rules of {@link ActorDirectory#resolve}:
 * the index behind a directory, and one that grows, for code that learns actors and their names as
 * it reads them (an importer), where building a directory anew for each new name would take time in
 * the square of the names. Not thread-safe; an {@link ActorDirectory} is the immutable, thread-safe
 * index of a set of actors.
 *
 * <pre>{@code
 * NameIndex index = new NameIndex();
 * index.add(raul, "Raúl Castro");
 * index.resolve("Raul Castro Ruz").actor(); // raul
 * }</pre>
 */
public final class NameIndex {

  private static final int MIN_PART_LENGTH = 3;

  /** The actors by the key of each of their names ({@link NameKey#value()}). */
  private final Map<String, Set<Actor>> byName = new HashMap<>();

  /**
   * The actors by each beginning of the key of a name, in whole tokens, shorter than the name
   * without its suffix ({@link NameKey#base()}).
   */
  private final Map<String, Set<Actor>> byBeginning = new HashMap<>();

  /**
   * The persons by each end of the key of a name, in whole tokens: shorter than the name and more
   * than its suffix, or shorter than the name without its suffix.
   */
  private final Map<String, Set<Actor>> byEnd = new HashMap<>();

  /** An empty index. */
  public NameIndex() {}

  /** Adds every name of {@code actor}: its name and its other names. */
  public NameIndex add(Actor actor) {
    for (Name name : actor.allNames()) {
      add(actor, name.text());
    }
    return this;
  }

  /**
   * Adds {@code name} as a name of {@code actor}, whether or not the actor carries it: a name
   * without a letter or digit is ignored, and adding a name twice changes nothing.
   */
  public NameIndex add(Actor actor, String name) {
    NameKey nameKey = NameKey.of(name);
    String key = nameKey.value();
    if (key.isEmpty() || !put(byName, key, actor)) {
      return this;
    }
    String base = nameKey.base();
    for (int space = base.indexOf(' '); space >= 0; space = base.indexOf(' ', space + 1)) {
      put(byBeginning, base.substring(0, space), actor);
      if (actor instanceof Person) {
        put(byEnd, base.substring(space + 1), actor);
        if (nameKey.hasSuffix()) {
          put(byEnd, key.substring(space + 1), actor);
        }
      }
    }
    return this;
  }

  private static boolean put(Map<String, Set<Actor>> map, String key, Actor actor) {
    return map.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(actor);
  }

  /**
   * The actor or actors that {@code mention} names: the rules of {@link ActorDirectory}, each a
   * lookup of the mention or of one of its beginnings, so that the time does not grow with the
   * number of names.
   */
  public Resolution resolve(String mention) {
    NameKey mentionKey = NameKey.of(mention);
    String key = mentionKey.value();
    if (key.isEmpty()) {
      return Resolution.of(mention, List.of());
    }
    Set<Actor> exact = byName.get(key);
    if (exact != null) {
      return Resolution.of(mention, exact);
    }
    Set<Actor> fits = new LinkedHashSet<>();
    if (isPart(key)) {
      // The mention is the beginning of a name, or the end of a person's name.
      fits.addAll(byBeginning.getOrDefault(key, Set.of()));
      fits.addAll(byEnd.getOrDefault(key, Set.of()));
    }
    // A name is the beginning of the mention, unless the mention ends with a suffix.
    int spaces = mentionKey.hasSuffix() ? -1 : key.indexOf(' ');
    for (int space = spaces; space >= 0; space = key.indexOf(' ', space + 1)) {
      String beginning = key.substring(0, space);
      if (isPart(beginning)) {
        fits.addAll(byName.getOrDefault(beginning, Set.of()));
      }
    }
    return Resolution.of(mention, fits);
  }

  /**
   * True when the key may match a longer name by part: more than one token, or a token of three
   * characters or more.
   */
  private static boolean isPart(String key) {
    return key.indexOf(' ') >= 0 || key.codePointCount(0, key.length()) >= MIN_PART_LENGTH;
  }
}

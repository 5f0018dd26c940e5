package dev.diplomacy.core.actors;

import dev.diplomacy.core.Id;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The actors of a dossier, looked up by id or by a name as a text mentions it.
 *
 * <p>Every name of every actor is indexed by its {@link NameKey}. {@link #resolve} finds the actor
 * a mention names:
 *
 * <ol>
 *   <li>when the mention's key equals the key of a name, the actors with such a name: one is
 *       {@link Resolution.Status#RESOLVED}, several are {@link Resolution.Status#AMBIGUOUS};
 *   <li>otherwise, the actors with a name that the mention overlaps in whole tokens of their keys:
 *       <ul>
 *         <li>the mention is the beginning of the name ({@code Kim} of {@code Kim Jong-un});
 *         <li>the name is the beginning of the mention ({@code Raúl Castro} of {@code Raul Castro
 *             Ruz});
 *         <li>the mention is the end of a person's name, as a surname is ({@code Castro} of
 *             {@code Raúl Castro}, {@code Assad} of {@code Bashar al-Assad}); organisations and
 *             states are not found this way ({@code Korea} is not {@code North Korea});
 *       </ul>
 *       but a part that is a single token of one or two characters never matches ({@code UN},
 *       {@code Un}, {@code Ri}). One actor found is resolved, several are ambiguous, none is
 *       {@link Resolution.Status#UNKNOWN}.
 * </ol>
 *
 * <p>It never guesses between two actors: "Castro" among Fidel and Raúl Castro is ambiguous. Ids
 * should be unique, as in a valid dossier; where two actors share one, {@link #byId} gives the
 * first.
 */
public final class ActorDirectory {

  private static final int MIN_PART_LENGTH = 3;

  /** One name of one actor, by the tokens of its key. */
  private record Entry(List<String> tokens, Actor actor) {}

  private final List<Actor> actors;
  private final Map<Id, Actor> byId = new HashMap<>();
  private final Map<NameKey, Set<Actor>> byKey = new HashMap<>();
  private final Map<String, List<Entry>> byFirstToken = new HashMap<>();
  private final Map<String, List<Entry>> byLastToken = new HashMap<>();

  private ActorDirectory(List<Actor> actors) {
    this.actors = actors;
    for (Actor actor : actors) {
      byId.putIfAbsent(actor.id(), actor);
      for (Name name : actor.allNames()) {
        NameKey key = NameKey.of(name.text());
        if (key.isEmpty()) {
          continue;
        }
        byKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(actor);
        List<String> tokens = key.tokens();
        Entry entry = new Entry(tokens, actor);
        byFirstToken.computeIfAbsent(tokens.get(0), t -> new ArrayList<>()).add(entry);
        byLastToken.computeIfAbsent(tokens.get(tokens.size() - 1), t -> new ArrayList<>()).add(entry);
      }
    }
  }

  /** A directory of the given actors, in their order. */
  public static ActorDirectory of(Collection<? extends Actor> actors) {
    return new ActorDirectory(List.copyOf(actors));
  }

  /** Every actor, in the order given. */
  public List<Actor> actors() {
    return actors;
  }

  /** The actor with the given id. */
  public Optional<Actor> byId(Id id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The actor or actors that {@code mention} names; see the rules above. */
  public Resolution resolve(String mention) {
    NameKey key = NameKey.of(mention);
    if (key.isEmpty()) {
      return Resolution.of(mention, List.of());
    }
    Set<Actor> exact = byKey.get(key);
    if (exact != null) {
      return Resolution.of(mention, exact);
    }
    List<String> m = key.tokens();
    Set<Actor> fits = new LinkedHashSet<>();
    for (Entry e : byFirstToken.getOrDefault(m.get(0), List.of())) {
      if ((startsWith(e.tokens, m) && isPart(m)) || (startsWith(m, e.tokens) && isPart(e.tokens))) {
        fits.add(e.actor);
      }
    }
    if (isPart(m)) {
      for (Entry e : byLastToken.getOrDefault(m.get(m.size() - 1), List.of())) {
        if (e.actor instanceof Person && endsWith(e.tokens, m)) {
          fits.add(e.actor);
        }
      }
    }
    return Resolution.of(mention, fits);
  }

  /** True when {@code tokens} may match a longer name by part. */
  private static boolean isPart(List<String> tokens) {
    return tokens.size() > 1 || tokens.get(0).codePointCount(0, tokens.get(0).length()) >= MIN_PART_LENGTH;
  }

  private static boolean startsWith(List<String> whole, List<String> part) {
    return whole.size() > part.size() && whole.subList(0, part.size()).equals(part);
  }

  private static boolean endsWith(List<String> whole, List<String> part) {
    return whole.size() > part.size() && whole.subList(whole.size() - part.size(), whole.size()).equals(part);
  }

  /** {@code ActorDirectory[3 actors]}. */
  @Override
  public String toString() {
    return "ActorDirectory[" + actors.size() + " actors]";
  }
}

package dev.diplomacy.core.actors;

import dev.diplomacy.core.Id;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The actors of a dossier, looked up by id or by a name as a text mentions it.
 *
 * <p>Every name of every actor is indexed by its {@link NameKey}. {@link #resolve} finds the actor
 * a mention names:
 *
 * <ol>
 *   <li>when the mention's key equals the key of a name, the actors with such a name: one is {@link
 *       Resolution.Status#RESOLVED}, several are {@link Resolution.Status#AMBIGUOUS};
 *   <li>otherwise, the actors with a name that the mention overlaps in whole tokens of their keys:
 *       <ul>
 *         <li>the mention is the beginning of the name, shorter than the name without its suffix
 *             ({@code Kim} of {@code Kim Jong-un}, {@code Donald} of {@code Donald Trump Jr.}, but
 *             not {@code Donald Trump});
 *         <li>the name is the beginning of the mention, which ends with no suffix ({@code Raúl
 *             Castro} of {@code Raul Castro Ruz}, but not of {@code Raul Castro Jr.});
 *         <li>the mention is the end of a person's name, as a surname is ({@code Castro} of {@code
 *             Raúl Castro}, {@code Assad} of {@code Bashar al-Assad}), or of that name without its
 *             suffix ({@code Trump} and {@code Trump Jr.} of {@code Donald Trump Jr.}, but not
 *             {@code Jr.}); organisations and states are not found this way ({@code Korea} is not
 *             {@code North Korea});
 *       </ul>
 *       but a part that is a single token of one or two characters never matches ({@code UN},
 *       {@code Un}, {@code Ri}). One actor found is resolved, several are ambiguous, none is {@link
 *       Resolution.Status#UNKNOWN}.
 * </ol>
 *
 * <p>A generational suffix ({@code Jr.}, {@code Sr.}, {@code II}, {@code III}, ...; see {@link
 * NameKey}) separates persons: {@code Donald Trump} and {@code Donald Trump Jr.} are two, and
 * neither is ever found under the other's name.
 *
 * <p>It never guesses between two actors: "Castro" among Fidel and Raúl Castro is ambiguous, and so
 * is "Trump" between Donald Trump and Donald Trump Jr. Ids should be unique, as in a valid dossier;
 * where two actors share one, {@link #byId} gives the first.
 */
public final class ActorDirectory {

  private final List<Actor> actors;
  private final Map<Id, Actor> byId = new HashMap<>();
  private final NameIndex names = new NameIndex();

  private ActorDirectory(List<Actor> actors) {
    this.actors = actors;
    for (Actor actor : actors) {
      byId.putIfAbsent(actor.id(), actor);
      names.add(actor);
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
    return names.resolve(mention);
  }

  /** {@code ActorDirectory[3 actors]}. */
  @Override
  public String toString() {
    return "ActorDirectory[" + actors.size() + " actors]";
  }
}

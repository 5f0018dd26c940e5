package dev.diplomacy.core.codes;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.validation.ValidationException;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One coding of an event as a coder would emit it: a {@link Coding} and who did it to whom, CAMEO's
 * source and target actors. {@link EventCoding#codings(dev.diplomacy.core.events.Event,
 * dev.diplomacy.core.dossier.Dossier)} gives every coding of an event.
 *
 * <pre>{@code
 * DirectedCoding c = EventCoding.codings(visit, dossier).get(1);
 * c.coding().cameo();   // 043 Host a visit
 * c.sources();          // [north-korea], the host
 * c.targets();          // [fidel-castro], the visitor
 * c.toString();         // 043 [north-korea] -> [fidel-castro]
 * }</pre>
 *
 * <p>Several sources or targets stand for each pair of them: a coding whose sources are {@code A}
 * and whose targets are {@code B} and {@code C} is what a dataset such as ICEWS lists as two rows,
 * {@code A → B} and {@code A → C}. Either side may be empty where the event does not name it: a
 * visit without a host has no target, a coded event with only a target actor has no source. The ids
 * are distinct and in the event's order.
 *
 * <p>A record rather than a value type with a builder: the library computes it and no one builds it
 * by hand or writes it to JSON, so it needs no builder and no rules beyond its three parts being
 * present; as a record it is final, immutable and compared by value.
 *
 * @param coding the CAMEO code, with its Goldstein score, quad class and PLOVER category
 * @param sources the ids of the actors that act: CAMEO's source
 * @param targets the ids of the actors acted upon: CAMEO's target
 */
public record DirectedCoding(Coding coding, Set<Id> sources, Set<Id> targets) {

  /**
   * A directed coding; the ids are copied in their order, each once.
   *
   * @throws ValidationException {@code directedCoding.coding.missing}, {@code
   *     directedCoding.sources.missing} or {@code directedCoding.targets.missing} when a part is
   *     null or holds a null
   */
  public DirectedCoding {
    if (coding == null) {
      throw missing("coding", "a directed coding needs its coding");
    }
    sources = ids(sources, "sources");
    targets = ids(targets, "targets");
  }

  /** A directed coding of the ids of {@code sources} and {@code targets}, in their order. */
  public static DirectedCoding of(Coding coding, Collection<Id> sources, Collection<Id> targets) {
    return new DirectedCoding(coding, toSet(sources, "sources"), toSet(targets, "targets"));
  }

  /** The CAMEO code of the coding: {@code coding().cameo()}. */
  public CameoCode cameo() {
    return coding.cameo();
  }

  /** The code, then the sources and the targets: {@code 043 [north-korea] -> [fidel-castro]}. */
  @Override
  public String toString() {
    return coding.cameo().code() + " " + text(sources) + " -> " + text(targets);
  }

  private static String text(Set<Id> ids) {
    return ids.stream().map(Id::value).collect(Collectors.joining(", ", "[", "]"));
  }

  private static Set<Id> toSet(Collection<Id> ids, String field) {
    if (ids == null) {
      throw missing(field, "the " + field + " of a directed coding are a collection, maybe empty");
    }
    return IdSet.copyOf(ids, field);
  }

  private static Set<Id> ids(Set<Id> ids, String field) {
    if (ids == null) {
      throw missing(
          field, "the " + field + " of a directed coding are a set of ids, maybe empty, not null");
    }
    // Made by of(): already copied, checked and read-only; copied once, not twice.
    return ids instanceof IdSet own ? own : IdSet.copyOf(ids, field);
  }

  /**
   * The ids of a side: copied once, in their order, each once, checked, and read-only. A side holds
   * one or two ids most often: they are kept in an array, and a hash set is made only for a side of
   * many.
   */
  private static final class IdSet extends AbstractSet<Id> {

    /** The most ids a side holds without a hash set of them. */
    private static final int SCANNED = 8;

    private final Id[] ids;
    private final @Nullable Set<Id> many;

    private IdSet(Id[] ids, @Nullable Set<Id> many) {
      this.ids = ids;
      this.many = many;
    }

    static IdSet copyOf(Collection<Id> ids, String field) {
      Id[] copy = new Id[ids.size()];
      Set<Id> seen = ids.size() > SCANNED ? new HashSet<>(ids.size() * 2) : null;
      int n = 0;
      // A loop, not ids.contains(null): the sets of Set.of throw on it.
      for (Id id : ids) {
        if (id == null) {
          throw missing(
              field,
              "the " + field + " of a directed coding are a set of ids, maybe empty, not null");
        }
        if (seen != null ? seen.add(id) : indexOf(copy, n, id) < 0) {
          copy[n++] = id;
        }
      }
      return new IdSet(n == copy.length ? copy : Arrays.copyOf(copy, n), seen);
    }

    private static int indexOf(Id[] ids, int n, Object id) {
      for (int i = 0; i < n; i++) {
        if (ids[i].equals(id)) {
          return i;
        }
      }
      return -1;
    }

    @Override
    public Iterator<Id> iterator() {
      return new Iterator<>() {
        private int next;

        @Override
        public boolean hasNext() {
          return next < ids.length;
        }

        @Override
        public Id next() {
          if (next >= ids.length) {
            throw new NoSuchElementException();
          }
          return ids[next++];
        }
      };
    }

    @Override
    public int size() {
      return ids.length;
    }

    @Override
    public boolean contains(Object o) {
      return many != null ? many.contains(o) : indexOf(ids, ids.length, o) >= 0;
    }
  }

  private static ValidationException missing(String field, String message) {
    return ValidationException.of(
        "DirectedCoding", field, "directedCoding." + field + ".missing", message);
  }
}

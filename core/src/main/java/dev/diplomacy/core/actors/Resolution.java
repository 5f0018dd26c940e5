package dev.diplomacy.core.actors;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a mention of a name resolved to in an {@link ActorDirectory}: one actor, several actors tied
 * (never a guess between them), or none.
 */
public final class Resolution {

  /** The outcome of a resolution. */
  public enum Status {
    /** The mention names exactly one actor of the directory. */
    RESOLVED,
    /** The mention fits several actors equally well; see {@link #candidates()}. */
    AMBIGUOUS,
    /** The mention fits no actor of the directory. */
    UNKNOWN
  }

  private final String mention;
  private final Status status;
  private final List<Actor> candidates;

  private Resolution(String mention, Status status, List<Actor> candidates) {
    this.mention = mention;
    this.status = status;
    this.candidates = candidates;
  }

  /** The resolution of {@code mention} to the actors it fits. */
  static Resolution of(String mention, Collection<Actor> fits) {
    List<Actor> sorted =
        fits.size() < 2
            ? List.copyOf(fits)
            : fits.stream()
                .distinct()
                .sorted(Comparator.comparing(Actor::id))
                .collect(Collectors.toUnmodifiableList());
    Status status =
        sorted.isEmpty() ? Status.UNKNOWN : sorted.size() == 1 ? Status.RESOLVED : Status.AMBIGUOUS;
    return new Resolution(mention, status, sorted);
  }

  /** The mention as it was given. */
  public String mention() {
    return mention;
  }

  /** Resolved, ambiguous or unknown. */
  public Status status() {
    return status;
  }

  /** True when the mention names exactly one actor. */
  public boolean isResolved() {
    return status == Status.RESOLVED;
  }

  /** The actor the mention names, when it is {@link Status#RESOLVED}. */
  public Optional<Actor> actor() {
    return status == Status.RESOLVED ? Optional.of(candidates.get(0)) : Optional.empty();
  }

  /**
   * The actors the mention fits, sorted by id: the one actor when resolved, the actors tied when
   * ambiguous, none when unknown.
   */
  public List<Actor> candidates() {
    return candidates;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Resolution r
        && r.mention.equals(mention)
        && r.status == status
        && r.candidates.equals(candidates);
  }

  @Override
  public int hashCode() {
    return Objects.hash(mention, status, candidates);
  }

  /** {@code RESOLVED 'Raul Castro': [raul-castro]}. */
  @Override
  public String toString() {
    return status
        + " '"
        + mention
        + "': "
        + candidates.stream()
            .map(a -> a.id().toString())
            .collect(Collectors.joining(", ", "[", "]"));
  }
}

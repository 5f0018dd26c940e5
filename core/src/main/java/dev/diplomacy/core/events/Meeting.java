package dev.diplomacy.core.events;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.core.internal.DiplomacyStyle;
import dev.diplomacy.core.validation.ValidationException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Two or more actors met, face to face or by phone or video: talks, a reception, a summit.
 *
 * <pre>{@code
 * Meeting.builder()
 *     .id(Id.of("ri-su-yong-meets-raul-castro"))
 *     .when(When.on("2018-07-05"))
 *     .place(Place.of("Havana", Country.of("CU")))
 *     .addParticipant(Participant.builder().actor(Id.of("ri-su-yong"))
 *         .role(Role.HEAD_OF_DELEGATION)
 *         .capacity("Vice Chairman of the Workers' Party of Korea").build())
 *     .addParticipant(Participant.of(Id.of("raul-castro"), Role.HOST))
 *     .format(MeetingFormat.BILATERAL)
 *     .atmosphere("friendly")
 *     .build();
 * }</pre>
 *
 * <p>Rules, besides the {@link Event envelope}'s: at least two distinct actors ({@code
 * meeting.participants.distinct}); no actor listed twice ({@code meeting.participants.duplicate});
 * roles among {@link Role#PARTICIPANT}, {@link Role#HOST}, {@link Role#GUEST}, {@link
 * Role#HEAD_OF_DELEGATION}, {@link Role#DELEGATION_MEMBER} and {@link Role#MEDIATOR} ({@code
 * meeting.participants.role}); at most one host ({@code meeting.participants.host}); exactly two
 * sides in a {@link MeetingFormat#BILATERAL} meeting, counting every actor but delegation members
 * ({@code meeting.format.bilateral}); topics and atmosphere not blank.
 */
@Value.Immutable
@DiplomacyStyle
public abstract non-sealed class Meeting implements Event, WithMeeting {

  /** Up to how many participants are compared pairwise, without sets. */
  private static final int FEW = 16;

  /** The roles an actor can have in a meeting. */
  private static final Set<Role> ROLES =
      EnumSet.of(
          Role.PARTICIPANT,
          Role.HOST,
          Role.GUEST,
          Role.HEAD_OF_DELEGATION,
          Role.DELEGATION_MEMBER,
          Role.MEDIATOR);

  Meeting() {}

  /** Always {@link EventKind#MEETING}. */
  @Override
  public final EventKind kind() {
    return EventKind.MEETING;
  }

  /**
   * Who met, each actor once, in the role the source gives: {@link Role#HOST}, {@link Role#GUEST},
   * {@link Role#HEAD_OF_DELEGATION}, {@link Role#DELEGATION_MEMBER}, {@link Role#MEDIATOR}, or
   * plain {@link Role#PARTICIPANT}.
   */
  @Override
  public abstract List<Participant> participants();

  /**
   * Whether the meeting was bilateral, multilateral, by phone or by video, when the source says.
   */
  public abstract Optional<MeetingFormat> format();

  /**
   * What was discussed, in the source's words: "bilateral relations", "the situation on the Korean
   * peninsula".
   */
  public abstract List<String> topics();

  /** The mood of the meeting as the source describes it: "friendly", "frank", "comradely". */
  public abstract Optional<String> atmosphere();

  /** A new builder, with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Meeting}, from {@link Meeting#builder()}. Like the builder of every kind of
   * event, it is an {@link Event.Builder}, with the same setters of the envelope. {@code build()}
   * throws a {@link ValidationException} when {@code id} is missing, and one that names every rule
   * the meeting breaks.
   */
  public static final class Builder extends ImmutableMeeting.Builder
      implements Event.Builder<Builder> {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks checks = EventChecks.envelope(this);
    List<Participant> ps = participants();
    // A few participants, as most meetings have, are compared pairwise; more, through sets.
    Set<Id> seen = ps.size() > FEW ? new HashSet<>() : null;
    Set<Id> sideSet = ps.size() > FEW ? new HashSet<>() : null;
    int distinct = 0;
    int sides = 0;
    int hosts = 0;
    for (int i = 0; i < ps.size(); i++) {
      Participant p = ps.get(i);
      boolean again = seen != null ? !seen.add(p.actor()) : listedBefore(ps, i, false);
      if (again) {
        checks.require(
            false,
            "participants[" + i + "]",
            "meeting.participants.duplicate",
            "actor " + p.actor() + " is listed twice: list each actor once, in one role");
      } else {
        distinct++;
      }
      if (!ROLES.contains(p.role())) {
        checks.require(
            false,
            "participants[" + i + "].role",
            "meeting.participants.role",
            "an actor cannot take part in a meeting as " + p.role() + "; use one of " + ROLES);
      }
      if (p.role() == Role.HOST) {
        hosts++;
      }
      if (p.role() != Role.DELEGATION_MEMBER
          && !(sideSet != null ? !sideSet.add(p.actor()) : listedBefore(ps, i, true))) {
        sides++;
      }
    }
    int distinctCount = distinct;
    int sideCount = sides;
    int hostCount = hosts;
    checks
        .require(
            distinct >= 2,
            "participants",
            "meeting.participants.distinct",
            () -> "a meeting needs at least two distinct actors, not " + distinctCount)
        .require(
            hosts <= 1,
            "participants",
            "meeting.participants.host",
            () -> "a meeting has at most one host, not " + hostCount)
        .require(
            format().orElse(null) != MeetingFormat.BILATERAL || sides == 2,
            "format",
            "meeting.format.bilateral",
            () ->
                "a bilateral meeting has exactly two sides (actors other than delegation members), not "
                    + sideCount)
        .texts(topics(), "topics", "meeting.topics.blank");
    checks.text(atmosphere(), "atmosphere", "meeting.atmosphere.blank").throwIfAny();
  }

  /**
   * True when a participant before {@code i} is the same actor as participant {@code i}; with
   * {@code sidesOnly}, one that is not a {@link Role#DELEGATION_MEMBER}.
   */
  private static boolean listedBefore(List<Participant> ps, int i, boolean sidesOnly) {
    Id actor = ps.get(i).actor();
    for (int j = 0; j < i; j++) {
      Participant p = ps.get(j);
      if (p.actor().equals(actor) && !(sidesOnly && p.role() == Role.DELEGATION_MEMBER)) {
        return true;
      }
    }
    return false;
  }
}

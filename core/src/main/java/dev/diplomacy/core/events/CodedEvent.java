package dev.diplomacy.core.events;

import dev.diplomacy.core.codes.CameoCode;
import dev.diplomacy.core.codes.CameoCodebook;
import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.core.internal.DiplomacyStyle;
import dev.diplomacy.core.validation.ValidationException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * Any other event, described by its CAMEO code: what an event-data set (ICEWS, GDELT) records, or
 * what no typed kind fits. {@code 043} "host a visit", {@code 0211} "appeal for economic
 * cooperation".
 *
 * <pre>{@code
 * CodedEvent.builder()
 *     .id(Id.of("icews-27823457"))
 *     .addParticipant(Participant.of(Id.of("north-korea"), Role.SOURCE_ACTOR))
 *     .addParticipant(Participant.of(Id.of("cuba"), Role.TARGET_ACTOR))
 *     .cameoCode("040")
 *     .intensity(1.0)
 *     .addExternalId(ExternalId.of("icews", "27823457"))
 *     .build();
 * }</pre>
 *
 * <p>Rules, besides the {@link Event envelope}'s: at least one participant ({@code
 * codedEvent.participants.empty}), not the same actor twice in the same role ({@code
 * codedEvent.participants.duplicate}); the CAMEO code is 2 to 4 ASCII digits ({@code
 * codedEvent.cameoCode.format}) and a code of the {@linkplain CameoCodebook codebook} ({@code
 * codedEvent.cameoCode.unknown}: {@code 0999} is not); the intensity is from −10 to 10 ({@code
 * codedEvent.intensity.range}); label not blank.
 */
@Value.Immutable
@DiplomacyStyle
public abstract non-sealed class CodedEvent implements Event, WithCodedEvent {

  CodedEvent() {}

  /** Always {@link EventKind#CODED}. */
  @Override
  public final EventKind kind() {
    return EventKind.CODED;
  }

  /**
   * Who took part; at least one. Usually the {@link Role#SOURCE_ACTOR} who acts and the {@link
   * Role#TARGET_ACTOR} acted upon, as in CAMEO, or plain {@link Role#PARTICIPANT}s.
   */
  @Override
  public abstract List<Participant> participants();

  /**
   * The CAMEO event code, 2 to 4 digits, its leading zeros kept: {@code 04} consult, {@code 043}
   * host a visit, {@code 0211}. A string, never a number.
   */
  public abstract String cameoCode();

  /** The event's text as the data set or source gives it: "Host a visit". */
  public abstract Optional<String> label();

  /**
   * How cooperative (positive) or hostile (negative) the event is, from −10 to 10, on the scale of
   * the Goldstein score: 2.8 for hosting a visit.
   */
  public abstract OptionalDouble intensity();

  /** A new builder, with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link CodedEvent}, from {@link CodedEvent#builder()}. Like the builder of every kind
   * of event, it is an {@link Event.Builder}, with the same setters of the envelope. {@code
   * build()} throws a {@link ValidationException} when {@code id} or {@code cameoCode} is missing,
   * and one that names every rule the coded event breaks.
   */
  public static final class Builder extends ImmutableCodedEvent.Builder
      implements Event.Builder<Builder> {
    Builder() {}
  }

  /** True when {@code code} is 2 to 4 ASCII digits. */
  static boolean isCameoCode(String code) {
    if (code.length() < 2 || code.length() > 4) {
      return false;
    }
    for (int i = 0; i < code.length(); i++) {
      if (code.charAt(i) < '0' || code.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  @Value.Check
  void check() {
    Checks checks = EventChecks.envelope(this);
    checks.require(
        !participants().isEmpty(),
        "participants",
        "codedEvent.participants.empty",
        "a coded event needs at least one participant");
    List<Participant> ps = participants();
    for (int i = 1; i < ps.size(); i++) {
      Participant p = ps.get(i);
      for (int j = 0; j < i; j++) {
        if (ps.get(j).actor().equals(p.actor()) && ps.get(j).role() == p.role()) {
          checks.require(
              false,
              "participants[" + i + "]",
              "codedEvent.participants.duplicate",
              "actor " + p.actor() + " is listed twice as " + p.role());
          break;
        }
      }
    }
    String code = cameoCode();
    if (!isCameoCode(code)) {
      checks.require(
          false,
          "cameoCode",
          "codedEvent.cameoCode.format",
          "a CAMEO code is 2 to 4 digits, leading zeros kept (such as 043), not '" + code + "'");
    } else if (!CameoCode.isKnown(code)) {
      checks.require(
          false,
          "cameoCode",
          "codedEvent.cameoCode.unknown",
          "the CAMEO "
              + CameoCodebook.version()
              + " codebook has no code '"
              + code
              + "' (its codes start with a root code from 01 to 20: 042, 0332)");
    }
    double intensity = intensity().orElse(0);
    checks.require(
        intensity >= -10 && intensity <= 10,
        "intensity",
        "codedEvent.intensity.range",
        () -> "the intensity must be from -10 to 10, not " + intensity);
    checks.text(label(), "label", "codedEvent.label.blank").throwIfAny();
  }
}

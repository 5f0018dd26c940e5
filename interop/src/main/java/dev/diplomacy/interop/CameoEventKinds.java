package dev.diplomacy.interop;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.events.Agreement;
import dev.diplomacy.core.events.CodedEvent;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.events.Meeting;
import dev.diplomacy.core.events.MeetingFormat;
import dev.diplomacy.core.events.Message;
import dev.diplomacy.core.events.MessageKind;
import dev.diplomacy.core.events.Participant;
import dev.diplomacy.core.events.Role;
import dev.diplomacy.core.events.Statement;
import dev.diplomacy.core.events.StatementKind;
import dev.diplomacy.core.events.SupportKind;
import dev.diplomacy.core.events.SupportPledge;
import dev.diplomacy.core.events.Visit;
import java.util.List;
import java.util.Optional;

/**
 * The kind of event a CAMEO-coded row of a data set becomes, where one of the library's kinds fits:
 * the mapping that the ICEWS and GDELT imports share.
 *
 * <table>
 *   <caption>CAMEO code to kind of event; any other code, or an event that lacks an actor the kind
 *   needs, stays a {@code CodedEvent}</caption>
 *   <tr><th>CAMEO</th><th>event</th></tr>
 *   <tr><td>040 Consult, 044 Meet at a 'third' location</td><td>{@code Meeting} of the two
 *       actors</td></tr>
 *   <tr><td>041 Discuss by telephone</td><td>{@code Meeting}, format {@code PHONE}</td></tr>
 *   <tr><td>042 Make a visit</td><td>{@code Visit}: the source visits, the target hosts</td></tr>
 *   <tr><td>043 Host a visit</td><td>{@code Meeting}: the source as {@code HOST}, the target as
 *       {@code GUEST}</td></tr>
 *   <tr><td>018 Make empathetic comment</td><td>{@code Message} of {@code CONDOLENCES}</td></tr>
 *   <tr><td>057 Sign formal agreement</td><td>{@code Agreement} of the two</td></tr>
 *   <tr><td>032, 0331, 0332, 0333</td><td>{@code SupportPledge}: diplomatic, economic, military,
 *       humanitarian</td></tr>
 *   <tr><td>010, 016, 051, 111, 112</td><td>{@code Statement} of the source about the target: no
 *       kind, {@code DENIAL}, {@code PRAISE}, {@code CRITICISM}, {@code ACCUSATION}</td></tr>
 * </table>
 *
 * All but the statements need two different actors; a statement needs its source.
 */
public final class CameoEventKinds {

  private CameoEventKinds() {}

  /**
   * The builder of the kind of event that a row with the CAMEO code {@code code} and the {@code
   * source} and {@code target} actors becomes, with the kind's own properties set (who met, who
   * visited whom, who speaks): the caller sets the envelope (id, date, citations...) and builds it.
   * Empty when no kind fits: the row is a {@link CodedEvent}.
   *
   * @param code a CAMEO code, leading zeros kept
   * @param source the row's source actor, if it names one
   * @param target the row's target actor, if it names one
   */
  public static Optional<Event.Builder<?>> typedBuilder(
      String code, Optional<Id> source, Optional<Id> target) {
    if (code.equals("010")
        || code.equals("016")
        || code.equals("051")
        || code.equals("111")
        || code.equals("112")) {
      return source.map(
          speaker ->
              Statement.builder()
                  .speaker(speaker)
                  .subjects(target.map(List::of).orElse(List.of()))
                  .statementKind(statementKind(code)));
    }
    boolean two = source.isPresent() && target.isPresent() && !source.get().equals(target.get());
    if (!two) {
      return Optional.empty();
    }
    Id a = source.get();
    Id b = target.get();
    switch (code) {
      case "040":
      case "044":
        return Optional.of(
            Meeting.builder().participants(List.of(Participant.of(a), Participant.of(b))));
      case "041":
        return Optional.of(
            Meeting.builder()
                .participants(List.of(Participant.of(a), Participant.of(b)))
                .format(MeetingFormat.PHONE));
      case "043":
        return Optional.of(
            Meeting.builder()
                .participants(
                    List.of(Participant.of(a, Role.HOST), Participant.of(b, Role.GUEST))));
      case "042":
        return Optional.of(Visit.builder().addVisitor(a).host(b));
      case "018":
        return Optional.of(
            Message.builder().sender(a).addRecipient(b).messageKind(MessageKind.CONDOLENCES));
      case "057":
        return Optional.of(Agreement.builder().addSignatory(a).addSignatory(b));
      case "032":
      case "0331":
      case "0332":
      case "0333":
        return Optional.of(
            SupportPledge.builder().pledger(a).beneficiary(b).addSupportKind(supportKind(code)));
      default:
        return Optional.empty();
    }
  }

  /** The first participant of {@code coded} in {@code role}. */
  private static Optional<Id> actor(CodedEvent coded, Role role) {
    for (Participant p : coded.participants()) {
      if (p.role() == role) {
        return Optional.of(p.actor());
      }
    }
    return Optional.empty();
  }

  private static SupportKind supportKind(String code) {
    switch (code) {
      case "0331":
        return SupportKind.ECONOMIC;
      case "0332":
        return SupportKind.MILITARY;
      case "0333":
        return SupportKind.HUMANITARIAN;
      default:
        return SupportKind.DIPLOMATIC;
    }
  }

  private static Optional<StatementKind> statementKind(String code) {
    switch (code) {
      case "016":
        return Optional.of(StatementKind.DENIAL);
      case "051":
        return Optional.of(StatementKind.PRAISE);
      case "111":
        return Optional.of(StatementKind.CRITICISM);
      case "112":
        return Optional.of(StatementKind.ACCUSATION);
      default:
        return Optional.empty();
    }
  }
}

package dev.diplomacy.interop;

import dev.diplomacy.core.ExtensionValue;
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
import java.util.Map;
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
   * The typed event that {@code coded} becomes, by its CAMEO code and its {@link Role#SOURCE_ACTOR
   * source} and {@link Role#TARGET_ACTOR target} actors, with everything of the coded event's
   * envelope (id, date, place, citations, external ids, extensions) and {@code extensions} added;
   * empty when no kind fits and the coded event stays as it is.
   *
   * @param coded the event as a coded event, with its source and target actors
   * @param extensions what the typed event carries beside the envelope, since it has no CAMEO code
   *     of its own: the data set's code, for one
   */
  public static Optional<Event> typed(CodedEvent coded, Map<String, ExtensionValue> extensions) {
    Optional<Id> s = actor(coded, Role.SOURCE_ACTOR);
    Optional<Id> t = actor(coded, Role.TARGET_ACTOR);
    String code = coded.cameoCode();
    boolean two = s.isPresent() && t.isPresent() && !s.get().equals(t.get());
    if (code.equals("010")
        || code.equals("016")
        || code.equals("051")
        || code.equals("111")
        || code.equals("112")) {
      return s.map(
          speaker ->
              Statement.builder()
                  .from(coded)
                  .speaker(speaker)
                  .subjects(t.map(List::of).orElse(List.of()))
                  .statementKind(statementKind(code))
                  .putAllExtensions(extensions)
                  .build());
    }
    if (!two) {
      return Optional.empty();
    }
    Id a = s.get();
    Id b = t.get();
    switch (code) {
      case "040":
      case "044":
        return Optional.of(
            Meeting.builder()
                .from(coded)
                .participants(List.of(Participant.of(a), Participant.of(b)))
                .putAllExtensions(extensions)
                .build());
      case "041":
        return Optional.of(
            Meeting.builder()
                .from(coded)
                .participants(List.of(Participant.of(a), Participant.of(b)))
                .format(MeetingFormat.PHONE)
                .putAllExtensions(extensions)
                .build());
      case "043":
        return Optional.of(
            Meeting.builder()
                .from(coded)
                .participants(List.of(Participant.of(a, Role.HOST), Participant.of(b, Role.GUEST)))
                .putAllExtensions(extensions)
                .build());
      case "042":
        return Optional.of(
            Visit.builder().from(coded).addVisitor(a).host(b).putAllExtensions(extensions).build());
      case "018":
        return Optional.of(
            Message.builder()
                .from(coded)
                .sender(a)
                .addRecipient(b)
                .messageKind(MessageKind.CONDOLENCES)
                .putAllExtensions(extensions)
                .build());
      case "057":
        return Optional.of(
            Agreement.builder()
                .from(coded)
                .addSignatory(a)
                .addSignatory(b)
                .putAllExtensions(extensions)
                .build());
      case "032":
      case "0331":
      case "0332":
      case "0333":
        return Optional.of(
            SupportPledge.builder()
                .from(coded)
                .pledger(a)
                .beneficiary(b)
                .addSupportKind(supportKind(code))
                .putAllExtensions(extensions)
                .build());
      default:
        return Optional.empty();
    }
  }

  private static Optional<Id> actor(CodedEvent coded, Role role) {
    return coded.participants().stream()
        .filter(p -> p.role() == role)
        .map(Participant::actor)
        .findFirst();
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

package dev.diplomacy.core.render;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.codes.CameoCode;
import dev.diplomacy.core.codes.EventCoding;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.events.Agent;
import dev.diplomacy.core.events.Agreement;
import dev.diplomacy.core.events.CodedEvent;
import dev.diplomacy.core.events.Delegation;
import dev.diplomacy.core.events.Direction;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.events.EventKind;
import dev.diplomacy.core.events.Item;
import dev.diplomacy.core.events.MaterialTransfer;
import dev.diplomacy.core.events.Medium;
import dev.diplomacy.core.events.Meeting;
import dev.diplomacy.core.events.MeetingFormat;
import dev.diplomacy.core.events.Message;
import dev.diplomacy.core.events.MessageKind;
import dev.diplomacy.core.events.Mourning;
import dev.diplomacy.core.events.OpaqueEvent;
import dev.diplomacy.core.events.Participant;
import dev.diplomacy.core.events.RelationsChange;
import dev.diplomacy.core.events.Role;
import dev.diplomacy.core.events.Statement;
import dev.diplomacy.core.events.StatementKind;
import dev.diplomacy.core.events.SupportKind;
import dev.diplomacy.core.events.SupportPledge;
import dev.diplomacy.core.events.TransferTerms;
import dev.diplomacy.core.events.Visit;
import dev.diplomacy.core.relations.Relationship;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One-line sentences that say what an event or relationship is, built from its fields and the
 * dossier's names: "Raúl Castro received Ri Su-yong in Havana (friendly)", "Kim Jong-un sent
 * greetings to Raúl Castro via Ri Su-yong".
 */
final class Sentences {

  private final Dossier dossier;
  private final Names names;

  Sentences(Dossier dossier) {
    this.dossier = dossier;
    this.names = new Names(dossier);
  }

  /** The sentence of an event, with its certainty when it is a claim, an allegation or disputed. */
  String of(Event event) {
    StringBuilder b = new StringBuilder(body(event));
    Labels.certainty(event.certainty()).ifPresent(c -> b.append(" (").append(c).append(')'));
    return Labels.oneLine(b.toString());
  }

  /**
   * The sentence of a relationship: "Cuba and North Korea: alliance since the onset of the Cold
   * War".
   */
  String of(Relationship relationship) {
    StringBuilder b = new StringBuilder(names.join(relationship.parties()));
    b.append(": ").append(Labels.kind(relationship));
    Labels.period(relationship).ifPresent(p -> b.append(' ').append(p));
    relationship.basis().ifPresent(basis -> b.append(", based on ").append(basis));
    Labels.certainty(relationship.certainty()).ifPresent(c -> b.append(" (").append(c).append(')'));
    return Labels.oneLine(b.toString());
  }

  private String body(Event event) {
    return switch (event.kind()) {
      case MEETING -> meeting((Meeting) event);
      case MESSAGE -> message((Message) event);
      case SUPPORT_PLEDGE -> pledge((SupportPledge) event);
      case VISIT -> visit((Visit) event);
      case DELEGATION -> delegation((Delegation) event);
      case MOURNING -> mourning((Mourning) event);
      case STATEMENT -> statement((Statement) event);
      case MATERIAL_TRANSFER -> transfer((MaterialTransfer) event);
      case AGREEMENT -> agreement((Agreement) event);
      case RELATIONS_CHANGE -> change((RelationsChange) event);
      case CODED -> coded((CodedEvent) event);
      case OPAQUE -> opaque((OpaqueEvent) event);
    };
  }

  private String meeting(Meeting m) {
    List<Id> sides = new ArrayList<>();
    List<Id> members = new ArrayList<>();
    List<Id> mediators = new ArrayList<>();
    Optional<Id> host = Optional.empty();
    for (Participant p : m.participants()) {
      if (p.role() == Role.DELEGATION_MEMBER) {
        members.add(p.actor());
      } else if (p.role() == Role.MEDIATOR) {
        mediators.add(p.actor());
      } else if (p.role() == Role.HOST && host.isEmpty()) {
        host = Optional.of(p.actor());
      } else {
        sides.add(p.actor());
      }
    }
    StringBuilder b = new StringBuilder();
    boolean membersNamed = false;
    // As the primary coding has it: the host received the guests (043), or, at a third location
    // (044), everyone met, hosted by the host.
    String code = EventCoding.of(m, dossier).cameo().code();
    boolean received = host.isPresent() && code.equals("043");
    Optional<Id> hostedBy = host.filter(h -> code.equals("044") && !sides.isEmpty());
    if (received && !sides.isEmpty()) {
      b.append(names.of(host.get())).append(" received ").append(names.join(sides));
    } else {
      if (host.isPresent()) {
        sides.add(0, host.get());
      }
      // Fewer than two sides (a head of delegation and their members only): name everyone.
      membersNamed = sides.size() < 2;
      if (membersNamed) {
        sides.addAll(members);
      }
      b.append(names.join(sides)).append(" met");
    }
    if (!members.isEmpty() && !membersNamed) {
      b.append(", with ").append(names.join(members));
    }
    if (!mediators.isEmpty()) {
      b.append(", mediated by ").append(names.join(mediators));
    }
    m.format()
        .filter(f -> f == MeetingFormat.PHONE || f == MeetingFormat.VIDEO)
        .ifPresent(f -> b.append(f == MeetingFormat.PHONE ? " by phone" : " by video"));
    m.place().flatMap(Labels::place).ifPresent(p -> b.append(" in ").append(p));
    hostedBy.ifPresent(h -> b.append(", hosted by ").append(names.of(h)));
    m.atmosphere().ifPresent(a -> b.append(" (").append(a).append(')'));
    return b.toString();
  }

  private String message(Message m) {
    StringBuilder b = new StringBuilder(names.of(m.sender().actor())).append(" sent ");
    b.append(noun(m.messageKind(), m.medium())).append(" to ").append(names.join(m.recipients()));
    m.envoy().ifPresent(e -> b.append(" via ").append(names.of(e.actor())));
    m.replyTo()
        .ifPresent(
            id ->
                b.append(" in reply to ")
                    .append(
                        dossier
                            .event(id)
                            .filter(e -> e.kind() == EventKind.MESSAGE)
                            .map(
                                e ->
                                    names.of(((Message) e).sender().actor())
                                        + "'s "
                                        + Labels.kind(e))
                            .orElse(id.value())));
    m.content().ifPresent(c -> b.append(": \"").append(c).append('"'));
    return b.toString();
  }

  private static String noun(MessageKind kind, Optional<Medium> medium) {
    String noun = kind == MessageKind.OTHER ? "message" : Labels.words(kind);
    String adjective =
        medium
            .map(m -> m == Medium.ORAL ? "oral " : m == Medium.WRITTEN ? "written " : "")
            .orElse("");
    boolean plural =
        kind == MessageKind.GREETINGS
            || kind == MessageKind.CONGRATULATIONS
            || kind == MessageKind.CONDOLENCES
            || kind == MessageKind.THANKS;
    String phrase = adjective + noun;
    String by = medium.map(Sentences::by).orElse("");
    if (plural) {
      return phrase + by;
    }
    return ("aeiou".indexOf(phrase.charAt(0)) >= 0 ? "an " : "a ") + phrase + by;
  }

  /**
   * How a message travelled, after its noun: "greetings by telegram"; nothing for oral, written.
   */
  private static String by(Medium medium) {
    return switch (medium) {
      case ORAL, WRITTEN -> "";
      case IN_PERSON -> " in person";
      case TELEPHONE -> " by telephone";
      case VIDEO -> " by video";
      case LETTER -> " by letter";
      case TELEGRAM -> " by telegram";
      case DIPLOMATIC_NOTE -> " by diplomatic note";
      case EMAIL -> " by email";
      case MEDIA -> " through the media";
      case SOCIAL_MEDIA -> " on social media";
    };
  }

  private String pledge(SupportPledge p) {
    List<String> kinds =
        p.supportKinds().stream()
            .filter(k -> k != SupportKind.UNSPECIFIED)
            .sorted()
            .map(Labels::words)
            .collect(Collectors.toList());
    StringBuilder b = new StringBuilder(names.of(p.pledger().actor())).append(" pledged ");
    if (!kinds.isEmpty()) {
      b.append(Labels.join(kinds)).append(' ');
    }
    b.append("support to ").append(names.of(p.beneficiary()));
    p.context().ifPresent(c -> b.append(' ').append(c));
    p.content().ifPresent(c -> b.append(": \"").append(c).append('"'));
    return b.toString();
  }

  private String visit(Visit v) {
    StringBuilder b = new StringBuilder(names.join(actors(v.visitors()))).append(" visited ");
    Optional<String> place = v.place().flatMap(Labels::place);
    if (v.host().isPresent()) {
      String host = names.of(v.host().get().actor());
      b.append(host);
      place.filter(p -> !host.contains(p)).ifPresent(p -> b.append(" in ").append(p));
    } else {
      b.append(place.orElse("an unnamed place"));
    }
    v.visitKind().ifPresent(k -> b.append(" (").append(Labels.words(k)).append(" visit)"));
    return b.toString();
  }

  private String delegation(Delegation d) {
    StringBuilder b = new StringBuilder(names.of(d.sender())).append(" sent a delegation");
    d.head().ifPresent(h -> b.append(" led by ").append(names.of(h.actor())));
    if (!d.members().isEmpty()) {
      b.append(" with ").append(names.join(actors(d.members())));
    }
    d.host().ifPresent(h -> b.append(" to ").append(names.of(h.actor())));
    d.place()
        .flatMap(Labels::place)
        .ifPresent(p -> b.append(d.host().isPresent() ? " in " : " to ").append(p));
    d.occasion().ifPresent(o -> b.append(" for ").append(o));
    return b.toString();
  }

  private String mourning(Mourning m) {
    StringBuilder b = new StringBuilder(names.of(m.declarer())).append(" declared ");
    if (m.days().isPresent()) {
      int days = m.days().getAsInt();
      b.append(days == 1 ? "one day" : days + " days").append(" of ");
    }
    return b.append("mourning for ").append(names.of(m.mourned())).toString();
  }

  private String statement(Statement s) {
    StatementKind kind = s.statementKind().orElse(StatementKind.OTHER);
    List<Id> subjects = s.subjects();
    StringBuilder b = new StringBuilder(names.of(s.speaker().actor()));
    String verb =
        kind == StatementKind.PRAISE
            ? "praised"
            : kind == StatementKind.CRITICISM
                ? "criticised"
                : kind == StatementKind.ACCUSATION ? "accused" : null;
    if (verb != null && !subjects.isEmpty()) {
      b.append(' ').append(verb).append(' ').append(names.join(subjects));
    } else {
      b.append(' ').append(statementNoun(kind));
      if (!subjects.isEmpty()) {
        b.append(" about ").append(names.join(subjects));
      }
    }
    s.content().ifPresent(c -> b.append(": \"").append(c).append('"'));
    return b.toString();
  }

  private static String statementNoun(StatementKind kind) {
    return switch (kind) {
      case PRAISE -> "gave praise";
      case CRITICISM -> "made a criticism";
      case ACCUSATION -> "made an accusation";
      case VOW -> "made a vow";
      case DENIAL -> "made a denial";
      case CLAIM -> "made a claim";
      case OTHER -> "made a statement";
    };
  }

  private String transfer(MaterialTransfer t) {
    List<String> items = t.items().stream().map(Sentences::item).collect(Collectors.toList());
    StringBuilder b = new StringBuilder(names.of(t.provider())).append(" provided ");
    b.append(Labels.join(items)).append(" to ").append(names.of(t.recipient()));
    t.terms().ifPresent(terms -> b.append(terms(terms)));
    return b.toString();
  }

  private static String terms(TransferTerms terms) {
    return switch (terms) {
      case FREE_OF_CHARGE -> ", free of charge";
      case SALE -> ", for sale";
      case LOAN -> ", on loan";
      case BARTER -> ", in barter";
      case OTHER -> "";
    };
  }

  /** {@code 100,000 AK-47 rifles}, {@code 2.5 tonnes of rice}, {@code ammunition}. */
  static String item(Item item) {
    if (item.quantity().isEmpty()) {
      return item.description();
    }
    String quantity = grouped(item.quantity().get());
    return item.unit()
        .map(u -> quantity + " " + u + " of " + item.description())
        .orElse(quantity + " " + item.description());
  }

  /**
   * The number with a comma between groups of three digits, whatever the default locale: {@code
   * 100,000}.
   */
  static String grouped(BigDecimal number) {
    String plain = number.stripTrailingZeros().toPlainString();
    int point = plain.indexOf('.');
    String whole = point < 0 ? plain : plain.substring(0, point);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        b.append(',');
      }
      b.append(whole.charAt(i));
    }
    return point < 0 ? b.toString() : b + plain.substring(point);
  }

  private String agreement(Agreement a) {
    StringBuilder b =
        new StringBuilder(
                names.join(a.signatories().isEmpty() ? a.sides() : actors(a.signatories())))
            .append(" signed ");
    String kind = Labels.kind(a);
    if (a.title().isPresent()) {
      b.append("the ").append(kind).append(" \"").append(a.title().get()).append('"');
    } else {
      b.append("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ").append(kind);
    }
    if (!a.parties().isEmpty() && !a.signatories().isEmpty()) {
      b.append(" for ").append(names.join(a.parties()));
    }
    return b.toString();
  }

  /**
   * "Costa Rica broke off diplomatic relations with Cuba"; "Cuba and Costa Rica restored diplomatic
   * relations"; "Cuba expelled diplomats of Costa Rica (diplomats: Juan Pérez)".
   */
  private String change(RelationsChange c) {
    boolean towards = !c.counterparts().isEmpty();
    String verb =
        switch (c.relationsChangeKind()) {
          case ESTABLISH -> "established diplomatic relations" + (towards ? " with" : "");
          case BREAK -> "broke off diplomatic relations" + (towards ? " with" : "");
          case SUSPEND -> "suspended diplomatic relations" + (towards ? " with" : "");
          case RESTORE -> "restored diplomatic relations" + (towards ? " with" : "");
          case DOWNGRADE -> "downgraded diplomatic relations" + (towards ? " with" : "");
          case OPEN_EMBASSY -> towards ? "opened an embassy in" : "opened embassies";
          case CLOSE_EMBASSY -> towards ? "closed an embassy in" : "closed embassies";
          case RECALL_DIPLOMATS -> towards ? "recalled diplomats from" : "recalled diplomats";
          case EXPEL_DIPLOMATS -> towards ? "expelled diplomats of" : "expelled diplomats";
        };
    StringBuilder b = new StringBuilder(names.join(c.initiators())).append(' ').append(verb);
    if (towards) {
      b.append(' ').append(names.join(c.counterparts()));
    }
    if (!c.diplomats().isEmpty()) {
      b.append(" (diplomats: ").append(names.join(c.diplomats())).append(')');
    }
    return b.toString();
  }

  /** The ids of {@code agents}, in order. */
  private static List<Id> actors(List<Agent> agents) {
    return agents.stream().map(Agent::actor).toList();
  }

  private String coded(CodedEvent e) {
    String who =
        GraphModel.hasSourceAndTarget(e)
            ? names.join(new ArrayList<>(GraphModel.codedSources(e)))
                + " to "
                + names.join(new ArrayList<>(e.actorIds(Direction.TARGET)))
            : names.join(new ArrayList<>(e.actorIds()));
    String what =
        e.label()
            .orElseGet(
                () ->
                    CameoCode.isKnown(e.cameoCode())
                        ? CameoCode.of(e.cameoCode()).label()
                        : "an event of CAMEO code " + e.cameoCode());
    return who + ": " + what;
  }

  private String opaque(OpaqueEvent e) {
    String kind = "an event of the unknown kind '" + e.typeName() + "'";
    return e.actorIds().isEmpty() ? kind : names.join(new ArrayList<>(e.actorIds())) + ": " + kind;
  }
}

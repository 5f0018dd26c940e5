package dev.diplomacy.core.render;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.actors.Name;
import dev.diplomacy.core.actors.Organization;
import dev.diplomacy.core.actors.OrganizationKind;
import dev.diplomacy.core.actors.Person;
import dev.diplomacy.core.actors.State;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.events.Agreement;
import dev.diplomacy.core.events.AgreementKind;
import dev.diplomacy.core.events.CodedEvent;
import dev.diplomacy.core.events.Delegation;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.events.EventLink;
import dev.diplomacy.core.events.Item;
import dev.diplomacy.core.events.MaterialTransfer;
import dev.diplomacy.core.events.Meeting;
import dev.diplomacy.core.events.MeetingFormat;
import dev.diplomacy.core.events.Message;
import dev.diplomacy.core.events.MessageKind;
import dev.diplomacy.core.events.Mourning;
import dev.diplomacy.core.events.Participant;
import dev.diplomacy.core.events.RelationsChange;
import dev.diplomacy.core.events.RelationsChangeKind;
import dev.diplomacy.core.events.Role;
import dev.diplomacy.core.events.Statement;
import dev.diplomacy.core.events.StatementKind;
import dev.diplomacy.core.events.SupportKind;
import dev.diplomacy.core.events.SupportPledge;
import dev.diplomacy.core.events.TransferTerms;
import dev.diplomacy.core.events.Visit;
import dev.diplomacy.core.events.VisitKind;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.geography.Place;
import dev.diplomacy.core.relations.Relationship;
import dev.diplomacy.core.relations.RelationshipKind;
import dev.diplomacy.core.relations.RelationshipPeriod;
import dev.diplomacy.core.sources.Certainty;
import dev.diplomacy.core.sources.Citation;
import dev.diplomacy.core.sources.Source;
import dev.diplomacy.core.time.DateSpan;
import dev.diplomacy.core.time.PartialDate;
import dev.diplomacy.core.time.When;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small hand-built dossiers for the renderers' tests, and a check of the shape of Mermaid text. */
final class RenderFixtures {

  static final Id KIM = Id.of("kim-jong-un");
  static final Id RI = Id.of("ri-su-yong");
  static final Id RAUL = Id.of("raul-castro");
  static final Id KP = Id.of("north-korea");
  static final Id CU = Id.of("cuba");
  static final Id KCNA = Id.of("kcna");

  private RenderFixtures() {}

  static Person person(Id id, String name) {
    return Person.builder().id(id).name(Name.of(name)).build();
  }

  /**
   * Five actors, four events in no order of date (an undated praise, the talks and greetings of
   * 2018-07-05, a claimed pledge of 2018-03) and an alliance.
   */
  static Dossier small() {
    return Dossier.builder()
        .addActors(
            person(KIM, "Kim Jong-un"), person(RI, "Ri Su-yong"), person(RAUL, "Raúl Castro"))
        .addActors(State.of(Country.of("KP")), State.of(Country.of("CU")))
        .addSources(Source.builder().id(KCNA).title("KCNA report").build())
        .addEvents(
            Statement.builder()
                .id(Id.of("praise"))
                .speaker(RAUL)
                .addSubject(KIM)
                .statementKind(StatementKind.PRAISE)
                .build(),
            Meeting.builder()
                .id(Id.of("talks"))
                .when(When.on("2018-07-05"))
                .place(Place.of("Havana", Country.of("CU")))
                .addParticipants(Participant.of(RI, Role.GUEST), Participant.of(RAUL, Role.HOST))
                .atmosphere("friendly")
                .addCitation(Citation.of(KCNA))
                .build(),
            Message.builder()
                .id(Id.of("greetings"))
                .when(When.on("2018-07-05"))
                .sender(KIM)
                .addRecipient(RAUL)
                .envoy(RI)
                .messageKind(MessageKind.GREETINGS)
                .addCitation(Citation.of(KCNA))
                .build(),
            SupportPledge.builder()
                .id(Id.of("pledge"))
                .when(When.on("2018-03"))
                .pledger(KP)
                .beneficiary(CU)
                .addSupportKind(SupportKind.UNSPECIFIED)
                .certainty(Certainty.CLAIMED)
                .build())
        .addRelationships(
            Relationship.builder()
                .id(Id.of("alliance"))
                .addParties(CU, KP)
                .relationshipKind(RelationshipKind.ALLIANCE)
                .periodDescription("since the onset of the Cold War")
                .build())
        .build();
  }

  /**
   * Actors whose names need escaping in every syntax (quotes, brackets, {@code # ; | < > & `} and a
   * backslash, Korean and accented letters), an actor id that is a Mermaid keyword, and an id that
   * the dossier does not resolve.
   */
  static Dossier awkward() {
    return Dossier.builder()
        .addActors(
            person(Id.of("ri"), "Ri \"Su-yong\""),
            person(Id.of("kim"), "김정은"),
            person(Id.of("raul"), "Raúl Castro"),
            Organization.builder()
                .id(Id.of("bank"))
                .name(Name.of("Bank #1; [A] & <B> | back\\slash `x` {y} (z)"))
                .organizationKind(OrganizationKind.COMPANY)
                .build(),
            person(Id.of("end"), "End"),
            person(Id.of("1st"), "First"))
        .addEvents(
            Meeting.builder()
                .id(Id.of("meeting"))
                .when(When.on("2018-07-05"))
                .addParticipants(
                    Participant.of(Id.of("ri")),
                    Participant.of(Id.of("kim")),
                    Participant.of(Id.of("bank")))
                .build(),
            Message.builder()
                .id(Id.of("letter"))
                .sender(Id.of("end"))
                .addRecipient(Id.of("ghost"))
                .envoy(Id.of("raul"))
                .messageKind(MessageKind.LETTER)
                .content("a \"quoted\"\nletter")
                .build(),
            Agreement.builder()
                .id(Id.of("deal"))
                .addSignatories(Id.of("1st"), Id.of("raul"))
                .title("Pact of \"A; B\" #2")
                .build())
        .addRelationships(
            Relationship.builder()
                .id(Id.of("rel"))
                .addParties(Id.of("raul"), Id.of("kim"))
                .relationshipKind(RelationshipKind.FRIENDSHIP)
                .periodDescription("since the \"old\" days;\nbefore #1")
                .certainty(Certainty.DISPUTED)
                .build())
        .build();
  }

  /**
   * The labels of the edges of the events of {@link #everyKind()}, in the dossier's order of
   * events, each as quoted in a graph.
   */
  static final String[] EVERY_KIND_LABELS_IN_ORDER = {
    "\"phone call 2020-01-02\"",
    "\"invitation 2020-01-03\"",
    "\"state visit 2020-03-01/2020-03-03\"",
    "\"delegation 2020-04 led by Anna\"",
    "\"mourning 2020-05\"",
    "\"vow 2020-06\"",
    "\"material transfer 2020-07\"",
    "\"treaty 2020-08-01\"",
    "\"CAMEO 040 2020-09\"",
    "\"relations broken off 2020-10\""
  };

  /** One event of every kind, and relationships with and without dates. */
  static Dossier everyKind() {
    Id anna = Id.of("anna");
    Id boris = Id.of("boris");
    Id carla = Id.of("carla");
    Id dora = Id.of("dora");
    Id ministry = Id.of("ministry");
    List<Event> events = new ArrayList<>();
    events.add(
        Meeting.builder()
            .id(Id.of("call"))
            .when(When.on("2020-01-02"))
            .addParticipants(
                Participant.of(anna, Role.HEAD_OF_DELEGATION),
                Participant.of(carla, Role.DELEGATION_MEMBER),
                Participant.of(boris),
                Participant.of(dora, Role.MEDIATOR))
            .format(MeetingFormat.PHONE)
            .build());
    events.add(
        Message.builder()
            .id(Id.of("invitation"))
            .when(When.on("2020-01-03"))
            .sender(anna)
            .addRecipients(boris, carla)
            .messageKind(MessageKind.INVITATION)
            .build());
    events.add(
        Message.builder()
            .id(Id.of("answer"))
            .when(When.on("2020-01-04"))
            .sender(boris)
            .addRecipient(anna)
            .messageKind(MessageKind.LETTER)
            .medium(dev.diplomacy.core.events.Medium.WRITTEN)
            .addLink(EventLink.replyTo(Id.of("invitation")))
            .build());
    events.add(
        SupportPledge.builder()
            .id(Id.of("pledge"))
            .when(When.on("2020-02"))
            .pledger(KP)
            .beneficiary(boris)
            .addSupportKinds(SupportKind.ECONOMIC, SupportKind.MILITARY)
            .context("in the war")
            .content("all help")
            .build());
    events.add(
        Visit.builder()
            .id(Id.of("state-visit"))
            .when(When.between(PartialDate.parse("2020-03-01"), PartialDate.parse("2020-03-03")))
            .addVisitors(anna, carla)
            .host(CU)
            .place(Place.of("Havana", Country.of("CU")))
            .visitKind(VisitKind.STATE)
            .build());
    events.add(
        Visit.builder()
            .id(Id.of("trip"))
            .when(When.on("2020"))
            .addVisitor(boris)
            .place(Place.of("Geneva", Country.of("CH")))
            .build());
    events.add(
        Delegation.builder()
            .id(Id.of("delegation"))
            .when(When.on("2020-04"))
            .sender(KP)
            .head(anna)
            .addMember(carla)
            .host(CU)
            .occasion("the anniversary")
            .build());
    events.add(
        Mourning.builder()
            .id(Id.of("mourning"))
            .when(When.on("2020-05"))
            .declarer(CU)
            .mourned(dora)
            .days(1)
            .build());
    events.add(
        Statement.builder()
            .id(Id.of("vow"))
            .when(When.on("2020-06"))
            .speaker(anna)
            .addSubjects(anna, boris)
            .statementKind(StatementKind.VOW)
            .content("friendship")
            .build());
    events.add(
        Statement.builder().id(Id.of("remark")).when(When.on("2020-06")).speaker(boris).build());
    events.add(
        MaterialTransfer.builder()
            .id(Id.of("aid"))
            .when(When.on("2020-07"))
            .provider(ministry)
            .recipient(CU)
            .addItem(
                Item.builder()
                    .description("rice")
                    .quantity(new BigDecimal("1234.50"))
                    .unit("tonnes")
                    .build())
            .addItem(Item.of("blankets", 2_000_000))
            .terms(TransferTerms.LOAN)
            .build());
    events.add(
        Agreement.builder()
            .id(Id.of("treaty"))
            .when(When.on("2020-08-01"))
            .addSignatories(KP, CU, Id.of("russia"))
            .agreementKind(AgreementKind.TREATY)
            .title("Treaty of Friendship")
            .build());
    events.add(
        Agreement.builder()
            .id(Id.of("memo"))
            .when(When.on("2020-08-02"))
            .addSignatories(KP, CU)
            .build());
    events.add(
        CodedEvent.builder()
            .id(Id.of("consult"))
            .when(When.on("2020-09"))
            .addParticipants(
                Participant.of(KP, Role.SOURCE_ACTOR), Participant.of(CU, Role.TARGET_ACTOR))
            .cameoCode("040")
            .build());
    events.add(
        RelationsChange.builder()
            .id(Id.of("break"))
            .when(When.on("2020-10"))
            .addInitiator(CU)
            .addCounterpart(Id.of("russia"))
            .addDiplomat(carla)
            .relationsChangeKind(RelationsChangeKind.BREAK)
            .build());
    return Dossier.builder()
        .addActors(
            person(anna, "Anna"),
            person(boris, "Boris"),
            person(carla, "Carla"),
            person(dora, "Dora"),
            Organization.builder()
                .id(ministry)
                .name(Name.of("Ministry"))
                .organizationKind(OrganizationKind.MINISTRY)
                .build(),
            State.of(Country.of("KP")),
            State.of(Country.of("CU")),
            State.of(Country.of("RU")))
        .addAllEvents(events)
        .addRelationships(
            Relationship.builder()
                .id(Id.of("relations"))
                .addParties(KP, CU)
                .relationshipKind(RelationshipKind.DIPLOMATIC_RELATIONS)
                .span(DateSpan.since(PartialDate.ofYear(1960)))
                .basis("shared ideology")
                .build(),
            Relationship.builder()
                .id(Id.of("rivalry"))
                .addParties(KP, Id.of("russia"))
                .relationshipKind(RelationshipKind.RIVALRY)
                .span(DateSpan.of(PartialDate.ofYear(1961), PartialDate.ofYear(1989)))
                .build(),
            Relationship.builder()
                .id(Id.of("cuba-russia"))
                .addParties(CU, Id.of("russia"))
                .relationshipKind(RelationshipKind.DIPLOMATIC_RELATIONS)
                .addPeriod(
                    RelationshipPeriod.builder()
                        .span(DateSpan.until(PartialDate.parse("2020-10")))
                        .endedWith(Id.of("break"))
                        .build())
                .build())
        .build();
  }

  private static final String ID = "[A-Za-z_][A-Za-z0-9_]*";
  private static final String QUOTED = "\"[^\"\\n]*\"";
  private static final Pattern NODE =
      Pattern.compile(
          "    ("
              + ID
              + ")(?:\\("
              + QUOTED
              + "\\)|\\["
              + QUOTED
              + "]|\\{\\{"
              + QUOTED
              + "}}|>"
              + QUOTED
              + "])");
  private static final Pattern EDGE =
      Pattern.compile("    (" + ID + ") (?:-->|---|-\\.-)\\|" + QUOTED + "\\| (" + ID + ")");
  private static final List<String> KEYWORDS =
      List.of("end", "graph", "flowchart", "subgraph", "style", "class", "click", "default");

  /**
   * The problems with the shape of a Mermaid flowchart: a header, then node declarations with safe
   * ids and quoted labels, then edges with quoted labels between declared nodes. Empty when none.
   */
  static List<String> mermaidProblems(String text) {
    List<String> problems = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    if (!lines[0].equals("flowchart LR")) {
      problems.add("header: " + lines[0]);
    }
    if (!lines[lines.length - 1].isEmpty()) {
      problems.add("no final line break");
    }
    List<String> declared = new ArrayList<>();
    boolean edges = false;
    for (int i = 1; i < lines.length - 1; i++) {
      Matcher node = NODE.matcher(lines[i]);
      Matcher edge = EDGE.matcher(lines[i]);
      if (node.matches() && !edges) {
        String id = node.group(1);
        if (declared.contains(id) || KEYWORDS.contains(id.toLowerCase(java.util.Locale.ROOT))) {
          problems.add("bad or duplicate id: " + lines[i]);
        }
        declared.add(id);
      } else if (edge.matches()) {
        edges = true;
        if (!declared.contains(edge.group(1)) || !declared.contains(edge.group(2))) {
          problems.add("edge to an undeclared node: " + lines[i]);
        }
      } else {
        problems.add("not a node or edge: " + lines[i]);
      }
    }
    return problems;
  }
}

package dev.diplomacy.core.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.actors.Name;
import dev.diplomacy.core.actors.Organization;
import dev.diplomacy.core.actors.OrganizationKind;
import dev.diplomacy.core.actors.Person;
import dev.diplomacy.core.actors.State;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.events.Agreement;
import dev.diplomacy.core.events.CodedEvent;
import dev.diplomacy.core.events.Delegation;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.events.Item;
import dev.diplomacy.core.events.MaterialTransfer;
import dev.diplomacy.core.events.Meeting;
import dev.diplomacy.core.events.MeetingFormat;
import dev.diplomacy.core.events.Message;
import dev.diplomacy.core.events.MessageKind;
import dev.diplomacy.core.events.Mourning;
import dev.diplomacy.core.events.OpaqueEvent;
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
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.geography.Place;
import dev.diplomacy.core.validation.ValidationException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table of every coding of each kind in {@link EventCoding}'s documentation: an event, then its
 * codings as {@code code [sources] -> [targets]}, the primary one first.
 */
class DirectedCodingsTest {

  private static final Id KIM = Id.of("kim");
  private static final Id TRUMP = Id.of("trump");
  private static final Id MOON = Id.of("moon");
  private static final Id LEE = Id.of("lee");
  private static final Id CASTRO = Id.of("castro");
  private static final Id RI = Id.of("ri");
  private static final Id AIDE = Id.of("aide");
  private static final Id ENVOY = Id.of("envoy");
  private static final Id NORTH_KOREA = Id.of("north-korea");
  private static final Id CUBA = Id.of("cuba");
  private static final Id UN = Id.of("un");

  /**
   * Kim (KP), Trump (US), Moon (KR), Lee (SG), Castro (CU), the states, and the UN (no country).
   */
  private static final Dossier DOSSIER =
      Dossier.builder()
          .addActors(person(KIM, "KP"), person(TRUMP, "US"), person(MOON, "KR"))
          .addActors(person(LEE, "SG"), person(CASTRO, "CU"), person(RI, "KP"))
          .addActors(person(AIDE, "KP"), person(ENVOY, "KP"))
          .addActors(State.of(NORTH_KOREA, Country.of("KP")), State.of(CUBA, Country.of("CU")))
          .addActors(
              Organization.builder()
                  .id(UN)
                  .name(Name.of("United Nations"))
                  .organizationKind(OrganizationKind.INTERNATIONAL_ORGANIZATION)
                  .build())
          .build();

  private static Person person(Id id, String country) {
    return Person.builder()
        .id(id)
        .name(Name.of(id.value()))
        .nationality(Country.of(country))
        .build();
  }

  private static final Place SINGAPORE = Place.of("Singapore", Country.of("SG"));
  private static final Place PANMUNJOM = Place.of("Panmunjom", Country.of("KR"));

  private static Meeting meeting(Participant... participants) {
    return Meeting.builder().id(Id.of("m")).addParticipants(participants).build();
  }

  private static Participant p(Id id) {
    return Participant.of(id);
  }

  private static Participant p(Id id, Role role) {
    return Participant.of(id, role);
  }

  static Stream<Arguments> table() {
    return Stream.of(
        // Meetings without a host: the reciprocal code once per side.
        row(
            "meeting, no place",
            meeting(p(KIM), p(TRUMP)),
            "040 [kim] -> [trump]",
            "040 [trump] -> [kim]"),
        row(
            "meeting of three in a participant's country",
            meeting(p(KIM), p(TRUMP), p(MOON)).withPlace(PANMUNJOM),
            "040 [kim] -> [trump, moon]",
            "040 [trump] -> [kim, moon]",
            "040 [moon] -> [kim, trump]"),
        row(
            "meeting at a third location",
            meeting(p(KIM), p(TRUMP)).withPlace(SINGAPORE),
            "044 [kim] -> [trump]",
            "044 [trump] -> [kim]"),
        row(
            "phone call, members and mediators aside",
            meeting(
                    p(KIM, Role.HEAD_OF_DELEGATION),
                    p(AIDE, Role.DELEGATION_MEMBER),
                    p(TRUMP),
                    p(LEE, Role.MEDIATOR))
                .withFormat(MeetingFormat.PHONE),
            "041 [kim] -> [trump]",
            "041 [trump] -> [kim]",
            "045 [lee] -> [kim, trump]"),
        row(
            "a head and a member only: both are sides",
            meeting(p(KIM, Role.HEAD_OF_DELEGATION), p(AIDE, Role.DELEGATION_MEMBER)),
            "040 [kim] -> [aide]",
            "040 [aide] -> [kim]"),
        // Meetings with a host.
        row(
            "hosted at home",
            meeting(p(RI, Role.GUEST), p(CASTRO, Role.HOST))
                .withPlace(Place.of("Havana", Country.of("CU"))),
            "043 [castro] -> [ri]",
            "042 [ri] -> [castro]"),
        row(
            "hosted, no place",
            meeting(p(CASTRO, Role.HOST), p(RI, Role.GUEST), p(AIDE, Role.DELEGATION_MEMBER)),
            "043 [castro] -> [ri]",
            "042 [ri] -> [castro]"),
        row(
            "a host abroad is still at home: one guest is received, 043",
            meeting(p(KIM), p(TRUMP, Role.HOST)).withPlace(SINGAPORE),
            "043 [trump] -> [kim]",
            "042 [kim] -> [trump]"),
        row(
            "a host abroad with two guests meeting at a third location",
            meeting(p(KIM), p(MOON), p(TRUMP, Role.HOST)).withPlace(SINGAPORE),
            "044 [kim] -> [moon]",
            "044 [moon] -> [kim]",
            "043 [trump] -> [kim, moon]",
            "042 [kim, moon] -> [trump]"),
        row(
            "the place's own host receives two guests meeting at a third location",
            meeting(p(KIM), p(TRUMP), p(LEE, Role.HOST)).withPlace(SINGAPORE),
            "044 [kim] -> [trump]",
            "044 [trump] -> [kim]",
            "043 [lee] -> [kim, trump]",
            "042 [kim, trump] -> [lee]"),
        row(
            "one guest of the place's own host: a hosted visit",
            meeting(p(KIM), p(LEE, Role.HOST)).withPlace(SINGAPORE),
            "043 [lee] -> [kim]",
            "042 [kim] -> [lee]"),
        row(
            "two guests, one of unknown country: no third location can be told",
            meeting(p(KIM), p(UN), p(LEE, Role.HOST)).withPlace(SINGAPORE),
            "043 [lee] -> [kim, un]",
            "042 [kim, un] -> [lee]"),
        // Visits and delegations.
        row(
            "visit",
            Visit.builder().id(Id.of("v")).addVisitors(KIM, RI).host(CUBA).build(),
            "042 [kim, ri] -> [cuba]",
            "043 [cuba] -> [kim, ri]"),
        row(
            "visit to a place",
            Visit.builder().id(Id.of("v")).addVisitor(KIM).place(SINGAPORE).build(),
            "042 [kim] -> []"),
        row(
            "delegation",
            Delegation.builder()
                .id(Id.of("d"))
                .sender(NORTH_KOREA)
                .head(RI)
                .addMember(AIDE)
                .host(CUBA)
                .build(),
            "042 [north-korea] -> [cuba]",
            "043 [cuba] -> [north-korea]"),
        row(
            "delegation without a host",
            Delegation.builder().id(Id.of("d")).sender(NORTH_KOREA).head(RI).build(),
            "042 [north-korea] -> []"),
        // One coding each.
        row(
            "message",
            Message.builder()
                .id(Id.of("msg"))
                .sender(KIM)
                .addRecipients(CASTRO, TRUMP)
                .envoy(ENVOY)
                .messageKind(MessageKind.CONDOLENCES)
                .build(),
            "018 [kim] -> [castro, trump]"),
        row(
            "invitation",
            Message.builder()
                .id(Id.of("msg"))
                .sender(KIM)
                .addRecipient(TRUMP)
                .messageKind(MessageKind.INVITATION)
                .build(),
            "036 [kim] -> [trump]"),
        row(
            "pledge",
            SupportPledge.builder()
                .id(Id.of("p"))
                .pledger(NORTH_KOREA)
                .beneficiary(CUBA)
                .addSupportKind(SupportKind.MILITARY)
                .build(),
            "0332 [north-korea] -> [cuba]"),
        row(
            "statement",
            Statement.builder()
                .id(Id.of("s"))
                .speaker(CASTRO)
                .addSubjects(KIM, NORTH_KOREA)
                .statementKind(StatementKind.PRAISE)
                .build(),
            "051 [castro] -> [kim, north-korea]"),
        row(
            "statement about no one",
            Statement.builder()
                .id(Id.of("s"))
                .speaker(CASTRO)
                .statementKind(StatementKind.DENIAL)
                .build(),
            "016 [castro] -> []"),
        row(
            "transfer",
            MaterialTransfer.builder()
                .id(Id.of("t"))
                .provider(NORTH_KOREA)
                .recipient(CUBA)
                .addItem(Item.of("rifles"))
                .terms(TransferTerms.FREE_OF_CHARGE)
                .build(),
            "072 [north-korea] -> [cuba]"),
        row(
            "sale",
            MaterialTransfer.builder()
                .id(Id.of("t"))
                .provider(NORTH_KOREA)
                .recipient(CUBA)
                .addItem(Item.of("wheat"))
                .terms(TransferTerms.SALE)
                .build(),
            "061 [north-korea] -> [cuba]"),
        row(
            "mourning",
            Mourning.builder().id(Id.of("mo")).declarer(NORTH_KOREA).mourned(CASTRO).build(),
            "017 [north-korea] -> [castro]"),
        row(
            "agreement",
            Agreement.builder().id(Id.of("a")).addSignatories(KIM, MOON, TRUMP).build(),
            "057 [kim] -> [moon, trump]",
            "057 [moon] -> [kim, trump]",
            "057 [trump] -> [kim, moon]"),
        row(
            "relations established together: each side to the other",
            change(RelationsChangeKind.ESTABLISH, List.of(CUBA, NORTH_KOREA), List.of()),
            "054 [cuba] -> [north-korea]",
            "054 [north-korea] -> [cuba]"),
        row(
            "relations restored by one side",
            change(RelationsChangeKind.RESTORE, List.of(CUBA), List.of(NORTH_KOREA)),
            "054 [cuba] -> [north-korea]"),
        row(
            "embassy opened",
            change(RelationsChangeKind.OPEN_EMBASSY, List.of(CUBA), List.of(NORTH_KOREA)),
            "050 [cuba] -> [north-korea]"),
        row(
            "relations broken off",
            change(RelationsChangeKind.BREAK, List.of(CUBA), List.of(NORTH_KOREA, KIM)),
            "161 [cuba] -> [north-korea, kim]"),
        row(
            "relations suspended",
            change(RelationsChangeKind.SUSPEND, List.of(CUBA), List.of(NORTH_KOREA)),
            "161 [cuba] -> [north-korea]"),
        row(
            "relations downgraded",
            change(RelationsChangeKind.DOWNGRADE, List.of(CUBA), List.of(NORTH_KOREA)),
            "161 [cuba] -> [north-korea]"),
        row(
            "embassy closed",
            change(RelationsChangeKind.CLOSE_EMBASSY, List.of(CUBA), List.of(NORTH_KOREA)),
            "161 [cuba] -> [north-korea]"),
        row(
            "diplomats recalled: the diplomats are not coded",
            RelationsChange.builder()
                .from(
                    change(
                        RelationsChangeKind.RECALL_DIPLOMATS, List.of(CUBA), List.of(NORTH_KOREA)))
                .addDiplomat(CASTRO)
                .build(),
            "161 [cuba] -> [north-korea]"),
        row(
            "diplomats expelled",
            change(RelationsChangeKind.EXPEL_DIPLOMATS, List.of(NORTH_KOREA), List.of(CUBA)),
            "166 [north-korea] -> [cuba]"),
        row(
            "coded, both sides",
            CodedEvent.builder()
                .id(Id.of("c"))
                .cameoCode("0841")
                .addParticipant(p(CUBA, Role.SOURCE_ACTOR))
                .addParticipant(p(KIM, Role.TARGET_ACTOR))
                .build(),
            "0841 [cuba] -> [kim]"),
        row(
            "coded, a neutral participant is a source",
            CodedEvent.builder()
                .id(Id.of("c"))
                .cameoCode("163")
                .addParticipant(p(CUBA))
                .addParticipant(p(KIM, Role.TARGET_ACTOR))
                .build(),
            "163 [cuba] -> [kim]"),
        row(
            "coded, a target only",
            CodedEvent.builder()
                .id(Id.of("c"))
                .cameoCode("163")
                .addParticipant(p(NORTH_KOREA, Role.TARGET_ACTOR))
                .build(),
            "163 [] -> [north-korea]"),
        row(
            "opaque: no coding",
            OpaqueEvent.builder()
                .id(Id.of("o"))
                .typeName("communique")
                .addParticipant(p(KIM))
                .build()));
  }

  private static RelationsChange change(
      RelationsChangeKind kind, List<Id> initiators, List<Id> counterparts) {
    return RelationsChange.builder()
        .id(Id.of("r"))
        .initiators(initiators)
        .counterparts(counterparts)
        .relationsChangeKind(kind)
        .build();
  }

  private static Arguments row(String name, Event event, String... codings) {
    return Arguments.of(name, event, List.of(codings));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void everyCodingOfEachKind(String name, Event event, List<String> expected) {
    List<DirectedCoding> codings = EventCoding.codings(event, DOSSIER);
    assertThat(codings).extracting(DirectedCoding::toString).containsExactlyElementsOf(expected);
    for (DirectedCoding c : codings) {
      assertThat(CameoCodebook.all()).contains(c.cameo());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void ofIsThePrimaryCoding(String name, Event event, List<String> expected) {
    List<DirectedCoding> codings = EventCoding.codings(event, DOSSIER);
    if (codings.isEmpty()) {
      assertThatThrownBy(() -> EventCoding.of(event, DOSSIER))
          .isInstanceOfSatisfying(
              ValidationException.class,
              x -> assertThat(x.codes()).containsExactly("coding.opaque"));
    } else {
      assertThat(EventCoding.of(event, DOSSIER)).isEqualTo(codings.get(0).coding());
      assertThat(EventCoding.of(event)).isEqualTo(EventCoding.codings(event).get(0).coding());
    }
  }

  @Test
  void withoutADossierAThirdLocationCannotBeTold() {
    Meeting m = meeting(p(KIM), p(TRUMP), p(LEE, Role.HOST)).withPlace(SINGAPORE);
    assertThat(EventCoding.codings(m))
        .extracting(DirectedCoding::toString)
        .containsExactly("043 [lee] -> [kim, trump]", "042 [kim, trump] -> [lee]");
  }

  @Test
  void aHostNoLongerTurnsAThirdLocationMeetingInto043() {
    Meeting unhosted = meeting(p(KIM), p(TRUMP)).withPlace(SINGAPORE);
    Meeting hosted = meeting(p(KIM), p(TRUMP), p(LEE, Role.HOST)).withPlace(SINGAPORE);
    assertThat(EventCoding.of(unhosted, DOSSIER).cameo().code()).isEqualTo("044");
    assertThat(EventCoding.of(hosted, DOSSIER).cameo().code()).isEqualTo("044");
  }

  @Test
  void theCodingsOfAReciprocalCodeGiveEveryOrderedPairOnce() {
    Meeting m = meeting(p(KIM), p(TRUMP), p(MOON), p(LEE));
    Set<List<Id>> pairs = new LinkedHashSet<>();
    int count = 0;
    for (DirectedCoding c : EventCoding.codings(m, DOSSIER)) {
      for (Id s : c.sources()) {
        for (Id t : c.targets()) {
          pairs.add(List.of(s, t));
          count++;
        }
      }
    }
    assertThat(count).isEqualTo(12);
    assertThat(pairs).hasSize(12).noneMatch(pair -> pair.get(0).equals(pair.get(1)));
  }

  @Test
  void aDirectedCodingKeepsTheOrderOfItsIdsAndIsAValue() {
    Coding coding = Coding.of(CameoCode.of("043"));
    DirectedCoding a = DirectedCoding.of(coding, List.of(KIM, KIM), List.of(TRUMP, MOON));
    assertThat(a.sources()).containsExactly(KIM);
    assertThat(a.targets()).containsExactly(TRUMP, MOON);
    assertThat(a).isEqualTo(new DirectedCoding(coding, Set.of(KIM), Set.of(MOON, TRUMP)));
    assertThat(a.toString()).isEqualTo("043 [kim] -> [trump, moon]");
    assertThatThrownBy(() -> a.sources().add(MOON))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> a.targets().remove(TRUMP))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> a.targets().removeIf(id -> true))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(a.targets()).containsExactly(TRUMP, MOON).hasSameHashCodeAs(Set.of(TRUMP, MOON));
    assertThat(new DirectedCoding(coding, a.sources(), a.targets())).isEqualTo(a);
  }

  @Test
  void aDirectedCodingRefusesMissingPartsNamingThem() {
    Coding coding = Coding.of(CameoCode.of("043"));
    assertThatThrownBy(() -> new DirectedCoding(null, Set.of(), Set.of()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            x -> assertThat(x.codes()).containsExactly("directedCoding.coding.missing"));
    assertThatThrownBy(() -> DirectedCoding.of(coding, null, List.of()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            x -> assertThat(x.codes()).containsExactly("directedCoding.sources.missing"));
    assertThatThrownBy(() -> DirectedCoding.of(coding, List.of(), Arrays.asList(KIM, null)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            x -> assertThat(x.codes()).containsExactly("directedCoding.targets.missing"));
  }

  @Test
  void theJavadocNamesEveryCodeTheTableEmitsWithItsCodebookLabel() throws Exception {
    // The javadoc's lines joined, so that a label broken over two lines is found.
    String javadoc =
        java.nio.file.Files.readString(
                java.nio.file.Path.of("src/main/java/dev/diplomacy/core/codes/EventCoding.java"))
            .replaceAll("\\s*\\n\\s*\\*\\s*", " ");
    Set<String> emitted =
        table()
            .flatMap(a -> ((List<?>) a.get()[2]).stream())
            .map(s -> s.toString().split(" ")[0])
            .filter(code -> !code.equals("0841") && !code.equals("163"))
            .collect(Collectors.toCollection(java.util.TreeSet::new));
    assertThat(emitted).hasSize(19);
    for (String code : emitted) {
      assertThat(javadoc).contains(code + " " + CameoCode.of(code).label());
    }
  }
}

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
import dev.diplomacy.core.events.Participant;
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
import dev.diplomacy.core.validation.ValidationException;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** One test per row of the table in {@link EventCoding}'s documentation. */
class EventCodingTest {

  private static final Id KIM = Id.of("kim-jong-un");
  private static final Id TRUMP = Id.of("donald-trump");
  private static final Id RI = Id.of("ri-su-yong");
  private static final Id CASTRO = Id.of("raul-castro");
  private static final Id NORTH_KOREA = Id.of("north-korea");
  private static final Id CUBA = Id.of("cuba");
  private static final Id UN = Id.of("united-nations");

  /** Kim (KP), Trump (US), Castro (CU), the states, and the UN, which has no country. */
  private static final Dossier DOSSIER =
      Dossier.builder()
          .addActors(
              Person.builder()
                  .id(KIM)
                  .name(Name.of("Kim Jong-un"))
                  .nationality(Country.of("KP"))
                  .build())
          .addActors(
              Person.builder()
                  .id(TRUMP)
                  .name(Name.of("Donald Trump"))
                  .nationality(Country.of("US"))
                  .build())
          .addActors(
              Person.builder()
                  .id(CASTRO)
                  .name(Name.of("Raúl Castro"))
                  .nationality(Country.of("CU"))
                  .build())
          .addActors(State.of(NORTH_KOREA, Country.of("KP")))
          .addActors(State.of(CUBA, Country.of("CU")))
          .addActors(
              Organization.builder()
                  .id(UN)
                  .name(Name.of("United Nations"))
                  .organizationKind(OrganizationKind.INTERNATIONAL_ORGANIZATION)
                  .build())
          .build();

  private static Meeting.Builder meeting(Id... actors) {
    Meeting.Builder b = Meeting.builder().id(Id.of("m"));
    for (Id a : actors) {
      b.addParticipant(Participant.of(a));
    }
    return b;
  }

  private static void assertCoded(
      Coding c, String cameo, Optional<PloverCategory> category, Optional<String> mode) {
    assertThat(c.cameo().code()).isEqualTo(cameo);
    assertThat(CameoCodebook.all()).contains(c.cameo());
    assertThat(c.plover()).isEqualTo(PloverTable.forCameo(c.cameo()));
    assertThat(c.plover().map(PloverMapping::category)).isEqualTo(category);
    assertThat(c.plover().flatMap(PloverMapping::mode)).isEqualTo(mode);
    assertThat(c.ploverGap().isPresent()).isEqualTo(category.isEmpty());
  }

  private static void assertCoded(Coding c, String cameo, PloverCategory category) {
    assertCoded(c, cameo, Optional.of(category), c.plover().flatMap(PloverMapping::mode));
  }

  // Meeting

  @Test
  void aMeetingByPhoneIs041ConsultPhone() {
    Coding c = EventCoding.of(meeting(KIM, TRUMP).format(MeetingFormat.PHONE).build());
    assertCoded(c, "041", Optional.of(PloverCategory.CONSULT), Optional.of("phone"));
    assertThat(c.notes()).isEmpty();
  }

  @Test
  void aMeetingByVideoIs041WithANote() {
    Coding c = EventCoding.of(meeting(KIM, TRUMP).format(MeetingFormat.VIDEO).build());
    assertCoded(c, "041", Optional.of(PloverCategory.CONSULT), Optional.of("phone"));
    assertThat(c.notes()).singleElement().asString().contains("no code for a video call");
  }

  @Test
  void aMeetingHostedByOnePartyIs043ConsultVisit() {
    Meeting m =
        Meeting.builder()
            .id(Id.of("m"))
            .addParticipant(Participant.of(RI, Role.HEAD_OF_DELEGATION))
            .addParticipant(Participant.of(CASTRO, Role.HOST))
            .place(Place.of("Havana", Country.of("CU")))
            .build();
    Coding c = EventCoding.of(m, DOSSIER);
    assertCoded(c, "043", Optional.of(PloverCategory.CONSULT), Optional.of("visit"));
    assertThat(c.notes()).singleElement().asString().contains("raul-castro");
  }

  @Test
  void aMeetingInAThirdCountryIs044ConsultThirdParty() {
    Meeting singapore = meeting(KIM, TRUMP).place(Place.of("Singapore", Country.of("SG"))).build();
    Coding c = EventCoding.of(singapore, DOSSIER);
    assertCoded(c, "044", Optional.of(PloverCategory.CONSULT), Optional.of("third-party"));
    assertThat(c.notes()).singleElement().asString().contains("Singapore");
  }

  @Test
  void aMeetingInAParticipantsCountryIs040() {
    Meeting pyongyang = meeting(KIM, TRUMP).place(Place.of("Pyongyang", Country.of("KP"))).build();
    assertCoded(
        EventCoding.of(pyongyang, DOSSIER),
        "040",
        Optional.of(PloverCategory.CONSULT),
        Optional.empty());
    assertThat(EventCoding.of(pyongyang, DOSSIER).notes()).isEmpty();
  }

  @Test
  void aMeetingIs040WhenAParticipantsCountryIsUnknown() {
    Meeting geneva = meeting(KIM, UN).place(Place.of("Geneva", Country.of("CH"))).build();
    Coding c = EventCoding.of(geneva, DOSSIER);
    assertCoded(c, "040", Optional.of(PloverCategory.CONSULT), Optional.empty());
    assertThat(c.notes())
        .singleElement()
        .asString()
        .contains("united-nations")
        .contains("cannot be told");
  }

  @Test
  void aMeetingIs040WithoutADossierEvenInAThirdCountry() {
    Meeting singapore = meeting(KIM, TRUMP).place(Place.of("Singapore", Country.of("SG"))).build();
    Coding c = EventCoding.of(singapore);
    assertCoded(c, "040", Optional.of(PloverCategory.CONSULT), Optional.empty());
    assertThat(c.notes()).singleElement().asString().contains("Without a dossier");
  }

  @Test
  void aMeetingWithoutPlaceIs040() {
    Coding c = EventCoding.of(meeting(KIM, TRUMP).build(), DOSSIER);
    assertCoded(c, "040", Optional.of(PloverCategory.CONSULT), Optional.empty());
    assertThat(c.notes()).isEmpty();
  }

  // Visit and delegation

  @ParameterizedTest
  @EnumSource(VisitKind.class)
  void aVisitOfAnyKindIs042ConsultVisit(VisitKind kind) {
    Visit v = Visit.builder().id(Id.of("v")).addVisitor(KIM).host(CUBA).visitKind(kind).build();
    Coding c = EventCoding.of(v);
    assertCoded(c, "042", Optional.of(PloverCategory.CONSULT), Optional.of("visit"));
    assertThat(c.notes()).hasSize(kind == VisitKind.CONDOLENCE ? 1 : 0);
  }

  @Test
  void aCondolenceVisitIs042WithANoteOn018And017() {
    Visit v =
        Visit.builder()
            .id(Id.of("v"))
            .addVisitor(KIM)
            .host(CUBA)
            .visitKind(VisitKind.CONDOLENCE)
            .build();
    assertThat(EventCoding.of(v).notes())
        .singleElement()
        .asString()
        .contains("018")
        .contains("017");
  }

  @Test
  void aDelegationIs042TheSenderVisiting() {
    Delegation d =
        Delegation.builder().id(Id.of("d")).sender(NORTH_KOREA).head(RI).host(CUBA).build();
    Coding c = EventCoding.of(d);
    assertCoded(c, "042", Optional.of(PloverCategory.CONSULT), Optional.of("visit"));
    assertThat(c.notes()).singleElement().asString().contains("north-korea");
  }

  // Message

  private static Message message(MessageKind kind) {
    return Message.builder()
        .id(Id.of("msg"))
        .sender(KIM)
        .addRecipient(CASTRO)
        .messageKind(kind)
        .build();
  }

  @Test
  void condolencesAre018WithTheirPloverGapSaid() {
    Coding c = EventCoding.of(message(MessageKind.CONDOLENCES));
    assertCoded(c, "018", Optional.empty(), Optional.empty());
    assertThat(c.ploverGap()).get().asString().contains("PLOVER has no category for CAMEO 01/02");
  }

  @ParameterizedTest
  @CsvSource({"GREETINGS", "CONGRATULATIONS", "THANKS"})
  void greetingsCongratulationsAndThanksAreCameoOnly(MessageKind kind) {
    Coding c = EventCoding.of(message(kind));
    assertThat(c.cameo().code()).isEqualTo("010");
    assertThat(c.plover()).isEmpty();
    assertThat(c.ploverGap()).get().asString().contains("PLOVER has no category for CAMEO 01/02");
    assertThat(c.notes()).anySatisfy(n -> assertThat(n).contains("Courtesies"));
  }

  @Test
  void anInvitationIs036() {
    assertCoded(
        EventCoding.of(message(MessageKind.INVITATION)),
        "036",
        Optional.of(PloverCategory.AGREE),
        Optional.empty());
  }

  @ParameterizedTest
  @CsvSource({"LETTER", "VERBAL_MESSAGE", "NOTE_VERBALE", "OTHER"})
  void aLetterOrNoteIs010WithANote(MessageKind kind) {
    Coding c = EventCoding.of(message(kind));
    assertCoded(c, "010", Optional.empty(), Optional.empty());
    assertThat(c.notes()).singleElement().asString().contains("does not say what it says");
  }

  // Support pledge

  private static SupportPledge pledge(SupportKind... kinds) {
    return SupportPledge.builder()
        .id(Id.of("p"))
        .pledger(NORTH_KOREA)
        .beneficiary(CUBA)
        .supportKinds(EnumSet.copyOf(List.of(kinds)))
        .build();
  }

  @ParameterizedTest
  @CsvSource({
    "MILITARY,0332,military",
    "ECONOMIC,0331,economic",
    "HUMANITARIAN,0333,humanitarian",
    "POLITICAL,032,diplomatic",
    "DIPLOMATIC,032,diplomatic"
  })
  void aPledgeOfOneKindOfSupport(SupportKind kind, String cameo, String context) {
    Coding c = EventCoding.of(pledge(kind));
    assertCoded(c, cameo, PloverCategory.AGREE);
    assertThat(c.plover().orElseThrow().contexts()).containsExactly(context);
  }

  @Test
  void aPledgeOfPoliticalAndDiplomaticSupportIs032() {
    assertCoded(
        EventCoding.of(pledge(SupportKind.POLITICAL, SupportKind.DIPLOMATIC)),
        "032",
        PloverCategory.AGREE);
  }

  @Test
  void aPledgeOfSeveralKindsOfMaterialAidIs033() {
    assertCoded(
        EventCoding.of(pledge(SupportKind.MILITARY, SupportKind.ECONOMIC)),
        "033",
        PloverCategory.AGREE);
  }

  @Test
  void aPledgeOfUnspecifiedSupportIs030WithANote() {
    Coding c = EventCoding.of(pledge(SupportKind.UNSPECIFIED));
    assertCoded(c, "030", PloverCategory.AGREE);
    assertThat(c.notes()).singleElement().asString().contains("does not say what support");
  }

  @Test
  void aPledgeOfPoliticalAndMaterialSupportIs030WithANote() {
    Coding c = EventCoding.of(pledge(SupportKind.POLITICAL, SupportKind.MILITARY));
    assertCoded(c, "030", PloverCategory.AGREE);
    assertThat(c.notes()).singleElement().asString().contains("032 and 033");
  }

  // Material transfer

  private static MaterialTransfer transfer(Optional<TransferTerms> terms, Item... items) {
    return MaterialTransfer.builder()
        .id(Id.of("t"))
        .provider(NORTH_KOREA)
        .recipient(CUBA)
        .addItems(items)
        .terms(terms)
        .build();
  }

  @Test
  void riflesAndAmmunitionFreeOfChargeAre072() {
    Coding c =
        EventCoding.of(
            transfer(
                Optional.of(TransferTerms.FREE_OF_CHARGE),
                Item.of("AK-47 rifles", 100_000),
                Item.of("ammunition")));
    assertCoded(c, "072", Optional.of(PloverCategory.AID), Optional.empty());
    assertThat(c.plover().orElseThrow().contexts()).containsExactly("military");
    assertThat(c.notes()).isEmpty();
  }

  @Test
  void moneyIs071() {
    Item dollars =
        Item.builder()
            .description("a grant")
            .quantity(BigDecimal.valueOf(5_000_000))
            .unit("US dollars")
            .build();
    assertCoded(EventCoding.of(transfer(Optional.empty(), dollars)), "071", PloverCategory.AID);
    assertCoded(
        EventCoding.of(transfer(Optional.of(TransferTerms.LOAN), Item.of("a loan"))),
        "071",
        PloverCategory.AID);
  }

  @Test
  void foodAndMedicineAre073() {
    assertCoded(
        EventCoding.of(
            transfer(
                Optional.of(TransferTerms.OTHER), Item.of("tonnes of rice"), Item.of("medicines"))),
        "073",
        PloverCategory.AID);
  }

  @Test
  void itemsOfSeveralKindsOrUnknownWordsAre070WithANote() {
    Coding mixed = EventCoding.of(transfer(Optional.empty(), Item.of("rifles"), Item.of("rice")));
    assertCoded(mixed, "070", Optional.of(PloverCategory.AID), Optional.empty());
    assertThat(mixed.notes()).singleElement().asString().contains("several kinds");
    Coding untold =
        EventCoding.of(transfer(Optional.empty(), Item.of("rifles"), Item.of("tractors")));
    assertCoded(untold, "070", Optional.of(PloverCategory.AID), Optional.empty());
    assertThat(untold.notes()).singleElement().asString().contains("\"tractors\"");
  }

  @Test
  void aSaleOfArmsIs062() {
    assertCoded(
        EventCoding.of(transfer(Optional.of(TransferTerms.SALE), Item.of("missiles"))),
        "062",
        PloverCategory.COOPERATE);
  }

  @Test
  void aSaleOrBarterOfGoodsIs061() {
    assertCoded(
        EventCoding.of(transfer(Optional.of(TransferTerms.BARTER), Item.of("wheat"))),
        "061",
        PloverCategory.COOPERATE);
  }

  @Test
  void aSaleOfUntoldGoodsIs060WithANote() {
    Coding c = EventCoding.of(transfer(Optional.of(TransferTerms.SALE), Item.of("tractors")));
    assertCoded(c, "060", PloverCategory.COOPERATE);
    assertThat(c.notes()).hasSize(1);
  }

  // Mourning, statement, agreement, coded event

  @Test
  void aMourningIs017ASymbolicAct() {
    Mourning m =
        Mourning.builder()
            .id(Id.of("mo"))
            .declarer(NORTH_KOREA)
            .mourned(Id.of("fidel-castro"))
            .days(3)
            .build();
    Coding c = EventCoding.of(m);
    assertCoded(c, "017", Optional.empty(), Optional.empty());
    assertThat(c.notes()).singleElement().asString().contains("symbolic act");
  }

  @ParameterizedTest
  @CsvSource({
    "PRAISE,051",
    "CRITICISM,111",
    "ACCUSATION,112",
    "VOW,030",
    "DENIAL,016",
    "CLAIM,010",
    "OTHER,010"
  })
  void aStatementByItsKind(StatementKind kind, String cameo) {
    Statement s =
        Statement.builder()
            .id(Id.of("s"))
            .speaker(CASTRO)
            .addSubject(KIM)
            .statementKind(kind)
            .build();
    Coding c = EventCoding.of(s);
    assertThat(c.cameo().code()).isEqualTo(cameo);
    assertThat(c.plover()).isEqualTo(PloverTable.forCameo(c.cameo()));
  }

  @Test
  void aStatementOfNoKindIs010() {
    Statement s = Statement.builder().id(Id.of("s")).speaker(CASTRO).build();
    assertCoded(EventCoding.of(s), "010", Optional.empty(), Optional.empty());
  }

  @Test
  void criticismAndAccusationAreAccuse() {
    Statement s =
        Statement.builder()
            .id(Id.of("s"))
            .speaker(CASTRO)
            .statementKind(StatementKind.CRITICISM)
            .build();
    assertCoded(
        EventCoding.of(s), "111", Optional.of(PloverCategory.ACCUSE), Optional.of("disapprove"));
  }

  @Test
  void anAgreementIs057() {
    Agreement a = Agreement.builder().id(Id.of("a")).addSignatories(NORTH_KOREA, CUBA).build();
    assertCoded(EventCoding.of(a), "057", PloverCategory.SUPPORT);
  }

  @Test
  void aCodedEventKeepsItsCode() {
    CodedEvent e =
        CodedEvent.builder()
            .id(Id.of("c"))
            .addParticipant(Participant.of(CUBA, Role.SOURCE_ACTOR))
            .cameoCode("0841")
            .build();
    Coding c = EventCoding.of(e);
    assertThat(c.cameo().code()).isEqualTo("0841");
    assertThat(c.plover().orElseThrow().category()).isEqualTo(PloverCategory.RETREAT);
  }

  @Test
  void aCodedEventWithACodeOutsideTheCodebookCannotBeBuiltSoEveryCodedEventHasItsCoding() {
    CodedEvent.Builder b =
        CodedEvent.builder().id(Id.of("c")).addParticipant(Participant.of(CUBA, Role.SOURCE_ACTOR));
    assertThatThrownBy(() -> b.cameoCode("99").build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            x -> assertThat(x.codes()).containsExactly("codedEvent.cameoCode.unknown"));
    assertThatThrownBy(() -> b.cameoCode("0299").build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            x -> assertThat(x.codes()).containsExactly("codedEvent.cameoCode.unknown"));
    assertThat(EventCoding.of(b.cameoCode("0214").build()).cameo()).isEqualTo(CameoCode.of("0214"));
  }

  @Test
  void theDossierChangesOnlyTheMeetingRule() {
    Set<Event> events =
        Set.of(
            message(MessageKind.GREETINGS),
            pledge(SupportKind.MILITARY),
            Visit.builder().id(Id.of("v")).addVisitor(KIM).host(CUBA).build());
    for (Event e : events) {
      assertThat(EventCoding.of(e, DOSSIER)).isEqualTo(EventCoding.of(e));
    }
  }
}

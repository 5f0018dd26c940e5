package dev.diplomacy.examples;

import dev.diplomacy.core.ExternalId;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.actors.Name;
import dev.diplomacy.core.actors.Organization;
import dev.diplomacy.core.actors.OrganizationKind;
import dev.diplomacy.core.actors.Person;
import dev.diplomacy.core.actors.Position;
import dev.diplomacy.core.actors.State;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.events.About;
import dev.diplomacy.core.events.CodedEvent;
import dev.diplomacy.core.events.Delegation;
import dev.diplomacy.core.events.EventLink;
import dev.diplomacy.core.events.Item;
import dev.diplomacy.core.events.MaterialTransfer;
import dev.diplomacy.core.events.Medium;
import dev.diplomacy.core.events.Meeting;
import dev.diplomacy.core.events.MeetingFormat;
import dev.diplomacy.core.events.Message;
import dev.diplomacy.core.events.MessageKind;
import dev.diplomacy.core.events.Mourning;
import dev.diplomacy.core.events.Occasion;
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
import dev.diplomacy.core.relations.Relationship;
import dev.diplomacy.core.relations.RelationshipKind;
import dev.diplomacy.core.sources.Certainty;
import dev.diplomacy.core.sources.Citation;
import dev.diplomacy.core.sources.Source;
import dev.diplomacy.core.sources.SourceKind;
import dev.diplomacy.core.time.PartialDate;
import dev.diplomacy.core.time.When;

/**
 * The reference article as a dossier, built through the public API only: "Kim Jong-Un Exchanges
 * 'Wholehearted Greetings' with Cuba's Raul Castro", by Ben Kew, Breitbart News, on what the Korean
 * Central News Agency (KCNA) reported on Monday 9 July 2018.
 *
 * <p>Two sources are kept apart: what KCNA reported (the Havana talks and the messages) and what
 * the article itself says (the background). The photo caption of the Lavrov meeting is a third
 * source, a TASS photo distributed by Getty Images. Dates are as partial as the article gives them;
 * nothing the article does not say is invented (no URL, no day of Fidel Castro's death).
 */
public final class ReferenceArticleDossier {

  // Countries named in the article.
  static final Country KP = Country.of("KP");
  static final Country CU = Country.of("CU");
  static final Country RU = Country.of("RU");
  static final Country VE = Country.of("VE");
  static final Country SY = Country.of("SY");

  // Actors.
  public static final Id KIM_JONG_UN = Id.of("kim-jong-un");
  public static final Id KIM_IL_SUNG = Id.of("kim-il-sung");
  public static final Id RI_SU_YONG = Id.of("ri-su-yong");
  public static final Id RAUL_CASTRO = Id.of("raul-castro");
  public static final Id FIDEL_CASTRO = Id.of("fidel-castro");
  public static final Id SERGEI_LAVROV = Id.of("sergei-lavrov");
  public static final Id NICOLAS_MADURO = Id.of("nicolas-maduro");
  public static final Id BASHAR_AL_ASSAD = Id.of("bashar-al-assad");
  public static final Id WPK = Id.of("workers-party-of-korea");
  public static final Id PCC = Id.of("communist-party-of-cuba");
  public static final Id KCNA = Id.of("kcna");
  public static final Id TASS = Id.of("tass");
  public static final Id SYRIAN_ARAB_ARMY = Id.of("syrian-arab-army");
  public static final Id BREITBART = Id.of("breitbart-news");
  public static final Id GETTY = Id.of("getty-images");
  public static final Id CUBAN_EMBASSY = Id.of("cuban-embassy-pyongyang");

  // Sources.
  public static final Id KCNA_REPORT = Id.of("kcna-2018-07-09");
  public static final Id ARTICLE = Id.of("breitbart-kim-castro-greetings");
  public static final Id PHOTO = Id.of("tass-photo-lavrov-kim");

  // Events.
  public static final Id LAVROV_MEETING = Id.of("kim-lavrov-meeting-2018-05-31");
  public static final Id HAVANA_TALKS = Id.of("ri-castro-talks-2018-07-05");
  public static final Id KIM_GREETINGS = Id.of("kim-greetings-to-castro");
  public static final Id KIM_LETTER = Id.of("kim-verbal-letter-to-castro");
  public static final Id CASTRO_THANKS = Id.of("castro-thanks-to-kim");
  public static final Id CASTRO_GREETINGS = Id.of("castro-greetings-to-kim");

  private ReferenceArticleDossier() {}

  /** The whole dossier of the article. */
  public static Dossier dossier() {
    return Dossier.builder()
        .title("Kim Jong-Un Exchanges 'Wholehearted Greetings' with Cuba's Raul Castro")
        .addActors(
            Person.builder()
                .id(KIM_JONG_UN)
                .name(Name.of("Kim Jong-un"))
                .addOtherName(Name.of("Kim Jong-Un"))
                .addOtherName(Name.of("Kim Jong Un"))
                .addOtherName(Name.of("김정은", "ko"))
                .addExternalId(ExternalId.wikidata("Q56226"))
                .nationality(KP)
                .addPosition(
                    Position.builder().title("Supreme Leader of North Korea").country(KP).build())
                .addPosition(
                    Position.builder()
                        .title("Chairman of the Workers' Party of Korea")
                        .organization(WPK)
                        .country(KP)
                        .build())
                .build(),
            Person.builder()
                .id(KIM_IL_SUNG)
                .name(Name.of("Kim Il-sung"))
                .nationality(KP)
                .description("Kim Jong-un's grandfather")
                .build(),
            Person.builder()
                .id(RI_SU_YONG)
                .name(Name.of("Ri Su-yong"))
                .nationality(KP)
                .addPosition(
                    Position.builder()
                        .title("Vice Chairman of the Workers' Party of Korea")
                        .organization(WPK)
                        .country(KP)
                        .build())
                .build(),
            Person.builder()
                .id(RAUL_CASTRO)
                .name(Name.of("Raúl Castro"))
                .addOtherName(Name.of("Raul Castro"))
                .addOtherName(Name.of("Raul Castro Ruz"))
                .nationality(CU)
                .addPosition(
                    Position.builder()
                        .title(
                            "First Secretary of the Central Committee of the Communist Party of Cuba")
                        .organization(PCC)
                        .country(CU)
                        .build())
                .build(),
            Person.builder()
                .id(FIDEL_CASTRO)
                .name(Name.of("Fidel Castro"))
                .nationality(CU)
                .died(PartialDate.ofYear(2016))
                .build(),
            Person.builder()
                .id(SERGEI_LAVROV)
                .name(Name.of("Sergei Lavrov"))
                .nationality(RU)
                .addPosition(
                    Position.builder().title("Foreign Minister of Russia").country(RU).build())
                .build(),
            Person.builder()
                .id(NICOLAS_MADURO)
                .name(Name.of("Nicolás Maduro"))
                .addOtherName(Name.of("Nicolas Maduro"))
                .nationality(VE)
                .addPosition(Position.builder().title("President of Venezuela").country(VE).build())
                .build(),
            Person.builder()
                .id(BASHAR_AL_ASSAD)
                .name(Name.of("Bashar al-Assad"))
                .addOtherName(Name.of("Bashar-al Assad"))
                .nationality(SY)
                .build())
        .addActors(
            organization(WPK, "Workers' Party of Korea", OrganizationKind.POLITICAL_PARTY, KP),
            organization(PCC, "Communist Party of Cuba", OrganizationKind.POLITICAL_PARTY, CU),
            Organization.builder()
                .id(KCNA)
                .name(Name.of("Korean Central News Agency"))
                .addOtherName(Name.of("KCNA"))
                .organizationKind(OrganizationKind.NEWS_MEDIA)
                .country(KP)
                .description("North Korea's state news agency")
                .build(),
            organization(TASS, "TASS", OrganizationKind.NEWS_MEDIA, RU),
            organization(SYRIAN_ARAB_ARMY, "Syrian Arab Army", OrganizationKind.MILITARY, SY),
            organization(
                BREITBART, "Breitbart News", OrganizationKind.NEWS_MEDIA, Country.of("US")),
            Organization.builder()
                .id(GETTY)
                .name(Name.of("Getty Images"))
                .organizationKind(OrganizationKind.COMPANY)
                .build(),
            Organization.builder()
                .id(CUBAN_EMBASSY)
                .name(Name.of("Embassy of Cuba in Pyongyang"))
                .addOtherName(Name.of("Cuban embassy in Pyongyang"))
                .organizationKind(OrganizationKind.EMBASSY)
                .country(CU)
                .build())
        .addActors(
            State.of(KP),
            State.of(CU),
            State.of(RU),
            State.of(VE),
            State.of(SY),
            State.of(Country.of("CD")),
            State.of(Country.of("UG")),
            State.of(Country.of("ZW")),
            State.of(Country.of("US")))
        .addSources(
            Source.builder()
                .id(KCNA_REPORT)
                .sourceKind(SourceKind.AGENCY_REPORT)
                .publisher(KCNA)
                .published(PartialDate.of(2018, 7, 9))
                .build(),
            Source.builder()
                .id(ARTICLE)
                .sourceKind(SourceKind.ARTICLE)
                .publisher(BREITBART)
                .title("Kim Jong-Un Exchanges 'Wholehearted Greetings' with Cuba's Raul Castro")
                .addAuthor("Ben Kew")
                .language("en")
                .published(PartialDate.ofYearMonth(2018, 7))
                .addBasedOn(KCNA_REPORT)
                .build(),
            Source.builder()
                .id(PHOTO)
                .sourceKind(SourceKind.PHOTO)
                .publisher(TASS)
                .distributor(GETTY)
                .addAuthor("Valery Sharifulin")
                .build())
        .addEvents(lavrovMeeting(), havanaTalks())
        .addEvents(messages())
        .addEvents(fidelCastroAndNorthKorea())
        .addEvents(supportIn2018())
        .addEvents(africaAndSanctions())
        .addRelationship(
            Relationship.builder()
                .id(Id.of("cuba-north-korea-alliance"))
                .addParties(State.of(CU).id(), State.of(KP).id())
                .relationshipKind(RelationshipKind.ALLIANCE)
                .periodDescription("since the onset of the Cold War")
                .basis("anti-Americanism")
                .addCitation(Citation.of(ARTICLE))
                .build())
        .addRelationships(ties("dr-congo"), ties("uganda"), ties("zimbabwe"))
        .build();
  }

  private static Organization organization(
      Id id, String name, OrganizationKind kind, Country country) {
    return Organization.builder()
        .id(id)
        .name(Name.of(name))
        .organizationKind(kind)
        .country(country)
        .build();
  }

  private static Id state(Country country) {
    return State.of(country).id();
  }

  /** Fact 1: the photo caption. */
  private static Meeting lavrovMeeting() {
    return Meeting.builder()
        .id(LAVROV_MEETING)
        .when(When.on("2018-05-31"))
        .place(
            Place.builder()
                .locality("Pyongyang")
                .venue("Kumsusan Palace of the Sun")
                .country(KP)
                .build())
        .addParticipants(
            Participant.builder()
                .actor(KIM_JONG_UN)
                .role(Role.HOST)
                .capacity("Supreme Leader of North Korea")
                .build(),
            Participant.builder()
                .actor(SERGEI_LAVROV)
                .role(Role.GUEST)
                .capacity("Foreign Minister of Russia")
                .build())
        .format(MeetingFormat.BILATERAL)
        .certainty(Certainty.CONFIRMED)
        .addCitation(Citation.builder().source(PHOTO).locator("photo caption").build())
        .addCitation(Citation.builder().source(ARTICLE).locator("photo caption").build())
        .summary("Kim Jong-un meets Russia's Foreign Minister Sergei Lavrov in Pyongyang")
        .build();
  }

  /** Fact 2: the talks in Havana, as KCNA reported them. */
  private static Meeting havanaTalks() {
    return Meeting.builder()
        .id(HAVANA_TALKS)
        .when(When.on("2018-07-05"))
        .place(Place.of("Havana", CU))
        .addParticipants(
            Participant.builder()
                .actor(RI_SU_YONG)
                .role(Role.GUEST)
                .capacity("Vice Chairman of the Workers' Party of Korea")
                .build(),
            Participant.builder()
                .actor(RAUL_CASTRO)
                .role(Role.HOST)
                .capacity("First Secretary of the Central Committee of the Communist Party of Cuba")
                .build())
        .format(MeetingFormat.BILATERAL)
        .atmosphere("friendly")
        .addCitation(Citation.of(KCNA_REPORT, "the talk took place in a friendly atmosphere"))
        .addCitation(Citation.of(ARTICLE))
        .summary("Ri Su-yong and Raúl Castro hold talks in Havana")
        .build();
  }

  /** Facts 3 and 4: the greetings and letter that Ri carried, and Raúl Castro's reply. */
  private static Message[] messages() {
    When day = When.on("2018-07-05");
    Place havana = Place.of("Havana", CU);
    EventLink partOfTalks = EventLink.partOf(HAVANA_TALKS);
    return new Message[] {
      Message.builder()
          .id(KIM_GREETINGS)
          .when(day)
          .place(havana)
          .sender(KIM_JONG_UN)
          .addRecipient(RAUL_CASTRO)
          .envoy(RI_SU_YONG)
          .messageKind(MessageKind.GREETINGS)
          .content("warm greetings")
          .addLink(partOfTalks)
          .addCitation(Citation.of(KCNA_REPORT))
          .addCitation(Citation.of(ARTICLE))
          .build(),
      Message.builder()
          .id(KIM_LETTER)
          .when(day)
          .place(havana)
          .sender(KIM_JONG_UN)
          .addRecipient(RAUL_CASTRO)
          .envoy(RI_SU_YONG)
          .messageKind(MessageKind.LETTER)
          .medium(Medium.ORAL)
          .summary(
              "a verbal personal letter from Kim Jong-un, Chairman of the Workers' Party of Korea")
          .addLink(partOfTalks)
          .addCitation(Citation.of(KCNA_REPORT, "a verbal personal letter"))
          .addCitation(Citation.of(ARTICLE))
          .build(),
      Message.builder()
          .id(CASTRO_THANKS)
          .when(day)
          .place(havana)
          .sender(RAUL_CASTRO)
          .addRecipient(KIM_JONG_UN)
          .envoy(RI_SU_YONG)
          .messageKind(MessageKind.THANKS)
          .content("deep thanks")
          .addLinks(EventLink.replyTo(KIM_LETTER), partOfTalks)
          .addCitation(Citation.of(KCNA_REPORT))
          .build(),
      Message.builder()
          .id(CASTRO_GREETINGS)
          .when(day)
          .place(havana)
          .sender(RAUL_CASTRO)
          .addRecipient(KIM_JONG_UN)
          .envoy(RI_SU_YONG)
          .messageKind(MessageKind.GREETINGS)
          .content("his most wholehearted greetings")
          .addLinks(EventLink.replyTo(KIM_GREETINGS), partOfTalks)
          .addCitation(Citation.of(KCNA_REPORT, "his most wholehearted greetings"))
          .addCitation(Citation.of(ARTICLE))
          .build()
    };
  }

  /**
   * Facts 6, 7 and 8: Fidel Castro's visit, his words on Kim Il-sung, his death and its mourning.
   */
  private static dev.diplomacy.core.events.Event[] fidelCastroAndNorthKorea() {
    Id fidelDeath = Id.of("fidel-castro-mourning-north-korea");
    return new dev.diplomacy.core.events.Event[] {
      Visit.builder()
          .id(Id.of("fidel-castro-visits-pyongyang-1986"))
          .when(When.on(PartialDate.ofYear(1986)))
          .place(Place.of("Pyongyang", KP))
          .addVisitor(FIDEL_CASTRO)
          .host(state(KP))
          .addCitation(Citation.of(ARTICLE))
          .build(),
      Statement.builder()
          .id(Id.of("fidel-castro-praises-kim-il-sung"))
          .speaker(FIDEL_CASTRO)
          .addSubject(KIM_IL_SUNG)
          .statementKind(StatementKind.PRAISE)
          .content("a veteran and irreproachable combatant")
          .addCitation(Citation.of(ARTICLE, "a veteran and irreproachable combatant"))
          .build(),
      MaterialTransfer.builder()
          .id(Id.of("kim-il-sung-sends-rifles-to-cuba"))
          .provider(KIM_IL_SUNG)
          .recipient(state(CU))
          .addItem(
              Item.builder()
                  .description("AK-47 rifles")
                  .quantity(java.math.BigDecimal.valueOf(100_000))
                  .build())
          .addItem(Item.of("ammunition for the rifles"))
          .terms(TransferTerms.FREE_OF_CHARGE)
          .certainty(Certainty.CLAIMED)
          .summary(
              "as Fidel Castro told it, Kim Il-sung sent Cuba 100,000 AK-47 rifles and their ammunition")
          .addCitation(Citation.of(ARTICLE, "without charging a cent"))
          .build(),
      Mourning.builder()
          .id(fidelDeath)
          .when(When.on(PartialDate.ofYear(2016)))
          .declarer(state(KP))
          .mourned(FIDEL_CASTRO)
          .days(3)
          .addAbout(About.of(FIDEL_CASTRO, Occasion.DEATH))
          .addCitation(Citation.of(ARTICLE))
          .build(),
      Delegation.builder()
          .id(Id.of("north-korean-delegation-to-fidel-castro-funeral"))
          .when(When.on(PartialDate.ofYear(2016)))
          .sender(state(KP))
          .host(state(CU))
          .occasion("the funeral of Fidel Castro")
          .addAbout(About.of(FIDEL_CASTRO, Occasion.DEATH))
          .addLink(EventLink.follows(fidelDeath))
          .addCitation(Citation.of(ARTICLE))
          .build(),
      Visit.builder()
          .id(Id.of("kim-jong-un-condolence-visit-cuban-embassy"))
          .when(When.on(PartialDate.ofYear(2016)))
          .place(Place.builder().venue("Embassy of Cuba").locality("Pyongyang").country(KP).build())
          .addVisitor(KIM_JONG_UN)
          .host(CUBAN_EMBASSY)
          .visitKind(VisitKind.CONDOLENCE)
          .addAbout(About.of(FIDEL_CASTRO, Occasion.DEATH))
          .summary("Kim Jong-un pays his respects to Fidel Castro at the Cuban embassy")
          .addLink(EventLink.follows(fidelDeath))
          .addCitation(Citation.of(ARTICLE))
          .build()
    };
  }

  /** Facts 9 and 10: support for Maduro and for the Syrian Arab Army, and Assad's vow. */
  private static dev.diplomacy.core.events.Event[] supportIn2018() {
    return new dev.diplomacy.core.events.Event[] {
      SupportPledge.builder()
          .id(Id.of("north-korea-supports-maduro-2018-03"))
          .when(When.on(PartialDate.ofYearMonth(2018, 3)))
          .pledger(state(KP))
          .beneficiary(NICOLAS_MADURO)
          .addSupportKind(SupportKind.POLITICAL)
          .content("firm support and solidarity")
          .context("before the presidential election in Venezuela")
          .addCitation(Citation.of(ARTICLE, "firm support and solidarity"))
          .build(),
      Statement.builder()
          .id(Id.of("breitbart-calls-venezuelan-election-fraudulent"))
          .speaker(BREITBART)
          .addSubject(NICOLAS_MADURO)
          .statementKind(StatementKind.CRITICISM)
          .content("fraudulent")
          .certainty(Certainty.CONFIRMED)
          .summary(
              "the article calls the 2018 Venezuelan presidential election fraudulent: the publisher's characterisation, not a finding")
          .addCitation(Citation.of(ARTICLE))
          .build(),
      SupportPledge.builder()
          .id(Id.of("north-korea-supports-syrian-arab-army-2018-04"))
          .when(When.on(PartialDate.ofYearMonth(2018, 4)))
          .pledger(state(KP))
          .beneficiary(SYRIAN_ARAB_ARMY)
          .addSupportKind(SupportKind.UNSPECIFIED)
          .content("all sorts of support")
          .context("in Syria's civil war")
          .addCitation(Citation.of(ARTICLE, "all sorts of support"))
          .build(),
      Statement.builder()
          .id(Id.of("assad-vows-friendship-with-north-korea-2018-04"))
          .when(When.on(PartialDate.ofYearMonth(2018, 4)))
          .speaker(BASHAR_AL_ASSAD)
          .addSubjects(state(SY), state(KP))
          .statementKind(StatementKind.VOW)
          .content("solid and deep-rooted foundations of friendship and cooperation")
          .addCitation(
              Citation.of(
                  ARTICLE, "solid and deep-rooted foundations of friendship and cooperation"))
          .build()
    };
  }

  /** Facts 11 and 12: the alleged ivory trade, and sanctions and isolation. */
  private static dev.diplomacy.core.events.Event[] africaAndSanctions() {
    return new dev.diplomacy.core.events.Event[] {
      CodedEvent.builder()
          .id(Id.of("north-korea-ivory-trade-allegation"))
          .addParticipant(Participant.of(state(KP), Role.SOURCE_ACTOR))
          .cameoCode("06")
          .label("allegedly involved in the ivory trade to earn hard currency")
          .certainty(Certainty.ALLEGED)
          .addCitation(Citation.of(ARTICLE, "allegedly involved in the ivory trade"))
          .build(),
      CodedEvent.builder()
          .id(Id.of("north-korea-faces-sanctions"))
          .addParticipant(Participant.of(state(KP), Role.TARGET_ACTOR))
          .cameoCode("163")
          .label("faces economic sanctions and political isolation")
          .addCitation(Citation.of(ARTICLE))
          .build()
    };
  }

  /** Fact 11: ties with an African state. */
  private static Relationship ties(String stateId) {
    return Relationship.builder()
        .id(Id.of("north-korea-" + stateId + "-ties"))
        .addParties(state(KP), Id.of(stateId))
        .relationshipKind(RelationshipKind.PARTNERSHIP)
        .summary("North Korea has developed ties and increased its diplomatic presence")
        .addCitation(Citation.of(ARTICLE))
        .build();
  }
}

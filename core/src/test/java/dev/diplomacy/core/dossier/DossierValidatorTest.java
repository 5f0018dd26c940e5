package dev.diplomacy.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.actors.Name;
import dev.diplomacy.core.actors.Organization;
import dev.diplomacy.core.actors.OrganizationKind;
import dev.diplomacy.core.actors.Person;
import dev.diplomacy.core.actors.Position;
import dev.diplomacy.core.codes.CameoCode;
import dev.diplomacy.core.codes.DatasetCoding;
import dev.diplomacy.core.events.Agent;
import dev.diplomacy.core.events.Agreement;
import dev.diplomacy.core.events.EventLink;
import dev.diplomacy.core.events.Meeting;
import dev.diplomacy.core.events.Message;
import dev.diplomacy.core.events.MessageKind;
import dev.diplomacy.core.events.Participant;
import dev.diplomacy.core.events.RelationsChange;
import dev.diplomacy.core.events.RelationsChangeKind;
import dev.diplomacy.core.events.Statement;
import dev.diplomacy.core.events.Visit;
import dev.diplomacy.core.relations.Relationship;
import dev.diplomacy.core.relations.RelationshipKind;
import dev.diplomacy.core.relations.RelationshipPeriod;
import dev.diplomacy.core.sources.Citation;
import dev.diplomacy.core.sources.Source;
import dev.diplomacy.core.time.DateSpan;
import dev.diplomacy.core.time.PartialDate;
import dev.diplomacy.core.time.When;
import dev.diplomacy.core.validation.Finding;
import dev.diplomacy.core.validation.Severity;
import dev.diplomacy.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class DossierValidatorTest {

  static final Id ANNA = Id.of("anna");
  static final Id BORIS = Id.of("boris");
  static final Id CARLA = Id.of("carla");
  static final Id MINISTRY = Id.of("ministry");
  static final Id PAPER = Id.of("paper");

  static Person person(Id id, String name) {
    return Person.builder().id(id).name(Name.of(name)).build();
  }

  static Source paper(PartialDate published) {
    return Source.builder().id(PAPER).title("The Paper").published(published).build();
  }

  static Message message(String id, Id sender, Id recipient, String date) {
    return Message.builder()
        .id(Id.of(id))
        .sender(sender)
        .addRecipient(recipient)
        .messageKind(MessageKind.LETTER)
        .when(When.on(date))
        .addCitation(Citation.of(PAPER))
        .build();
  }

  static dev.diplomacy.core.dossier.Dossier.Builder base() {
    return Dossier.builder()
        .addActors(person(ANNA, "Anna"), person(BORIS, "Boris"), person(CARLA, "Carla"))
        .addSource(paper(PartialDate.of(2020, 1, 31)));
  }

  static RelationsChange change(String id, RelationsChangeKind kind, String date, Id... sides) {
    return RelationsChange.builder()
        .id(Id.of(id))
        .relationsChangeKind(kind)
        .addInitiator(sides[0])
        .addCounterparts(java.util.Arrays.copyOfRange(sides, 1, sides.length))
        .when(When.on(date))
        .addCitation(Citation.of(PAPER))
        .build();
  }

  static Relationship relations(RelationshipPeriod... periods) {
    return Relationship.builder()
        .id(Id.of("relations"))
        .addParties(ANNA, BORIS)
        .relationshipKind(RelationshipKind.DIPLOMATIC_RELATIONS)
        .addPeriods(periods)
        .addCitation(Citation.of(PAPER))
        .build();
  }

  @Test
  void theEventsThatBeganAndEndedAPeriodMatchIt() {
    Dossier d =
        base()
            .addEvent(change("broken", RelationsChangeKind.BREAK, "2020-01-05", BORIS, ANNA))
            .addEvent(change("restored", RelationsChangeKind.RESTORE, "2020-01-20", ANNA, BORIS))
            .addRelationship(
                relations(
                    RelationshipPeriod.builder()
                        .span(DateSpan.parse("../2020-01"))
                        .endedWith(Id.of("broken"))
                        .build(),
                    RelationshipPeriod.builder()
                        .span(DateSpan.parse("2020-01-20/.."))
                        .beganWith(Id.of("restored"))
                        .build()))
            .build();
    assertThat(d.validate().findings()).isEmpty();
  }

  @Test
  void aPeriodNamesEventsOfTheDossierOfAKindThatBeginsOrEndsRelations() {
    Dossier d =
        base()
            .addEvent(
                change("recall", RelationsChangeKind.RECALL_DIPLOMATS, "2020-01-05", BORIS, ANNA))
            .addEvent(change("broken", RelationsChangeKind.BREAK, "2020-01-06", BORIS, CARLA))
            .addRelationship(
                relations(
                    RelationshipPeriod.builder()
                        .beganWith(Id.of("recall"))
                        .endedWith(Id.of("broken"))
                        .build(),
                    RelationshipPeriod.builder()
                        .beganWith(Id.of("nothing"))
                        .endedWith(ANNA)
                        .build()))
            .build();
    ValidationReport r = d.validate();
    assertThat(r.errors())
        .extracting(Finding::path, Finding::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "relationships[0].periods[0].beganWith", "dossier.period.change"),
            org.assertj.core.groups.Tuple.tuple(
                "relationships[0].periods[0].endedWith", "dossier.period.parties"),
            org.assertj.core.groups.Tuple.tuple(
                "relationships[0].periods[1].beganWith", "dossier.reference.unresolved"),
            org.assertj.core.groups.Tuple.tuple(
                "relationships[0].periods[1].endedWith", "dossier.reference.kind"));
    assertThat(r.errors().get(1).message()).contains("anna");
  }

  @Test
  void anEventDatedAwayFromThePeriodItBeganIsAWarning() {
    Dossier d =
        base()
            .addEvent(
                change("established", RelationsChangeKind.ESTABLISH, "2019-12-30", ANNA, BORIS))
            .addEvent(
                Meeting.builder()
                    .id(Id.of("summit"))
                    .addParticipants(Participant.of(ANNA), Participant.of(BORIS))
                    .when(When.on("2020-01-02"))
                    .addCitation(Citation.of(PAPER))
                    .build())
            .addRelationship(
                relations(
                    RelationshipPeriod.builder()
                        .span(DateSpan.parse("2020/2020-01-02"))
                        .beganWith(Id.of("established"))
                        .endedWith(Id.of("summit"))
                        .build()))
            .build();
    ValidationReport r = d.validate();
    assertThat(r.errors()).isEmpty();
    assertThat(r.warnings())
        .extracting(Finding::path, Finding::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "relationships[0].periods[0].beganWith", "dossier.period.date"));
  }

  @Test
  void aConsistentDossierHasNoFindings() {
    Dossier d =
        base()
            .addEvent(message("letter", ANNA, BORIS, "2020-01-10"))
            .addEvent(
                message("answer", BORIS, ANNA, "2020-01-20")
                    .withLinks(EventLink.replyTo(Id.of("letter"))))
            .build();
    assertThat(d.validate().findings()).isEmpty();
    assertThat(d.validate().isValid()).isTrue();
  }

  @Test
  void duplicateIdsAcrossCollectionsAreErrors() {
    Dossier d = base().addEvent(message("anna", BORIS, CARLA, "2020-01-10")).build();
    ValidationReport r = d.validate();
    assertThat(r.codes()).containsExactly("dossier.id.duplicate");
    assertThat(r.errors().get(0).path()).isEqualTo("events[0].id");
    assertThat(r.errors().get(0).message()).contains("actors[0]");
  }

  @Test
  void unresolvedReferencesAreReportedWithTheirPaths() {
    Dossier d =
        base()
            .addEvent(
                Message.builder()
                    .id(Id.of("m"))
                    .sender(ANNA)
                    .addRecipients(BORIS, Id.of("nobody"))
                    .envoy(Id.of("ghost"))
                    .messageKind(MessageKind.GREETINGS)
                    .addCitation(Citation.of(Id.of("lost-source")))
                    .addLink(EventLink.follows(Id.of("no-event")))
                    .build())
            .build();
    assertThat(d.validate().findings())
        .extracting(Finding::path, Finding::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "events[0].recipients[1]", "dossier.reference.unresolved"),
            org.assertj.core.groups.Tuple.tuple("events[0].envoy", "dossier.reference.unresolved"),
            org.assertj.core.groups.Tuple.tuple(
                "events[0].citations[0].source", "dossier.reference.unresolved"),
            org.assertj.core.groups.Tuple.tuple(
                "events[0].links[0].target", "dossier.reference.unresolved"));
  }

  @Test
  void theActorsOfADatasetCodingMustResolveToActors() {
    DatasetCoding row =
        DatasetCoding.builder()
            .dataset("icews")
            .cameo(CameoCode.of("040"))
            .addSources(ANNA, Id.of("nobody"))
            .addTargets(BORIS, PAPER)
            .build();
    DatasetCoding mirror =
        DatasetCoding.builder()
            .dataset("icews")
            .cameo(CameoCode.of("040"))
            .addSource(BORIS)
            .addTarget(ANNA)
            .build();
    Dossier d =
        base()
            .addEvent(message("letter", ANNA, BORIS, "2020-01-10"))
            .addEvent(message("talks", ANNA, BORIS, "2020-01-10").withDatasetCodings(mirror, row))
            .build();
    assertThat(d.validate().findings())
        .extracting(Finding::path, Finding::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "events[1].datasetCodings[1].sources[1]", "dossier.reference.unresolved"),
            org.assertj.core.groups.Tuple.tuple(
                "events[1].datasetCodings[1].targets[1]", "dossier.reference.kind"));
  }

  @Test
  void referencesMustNameTheRightKind() {
    Dossier d =
        base()
            .addActor(
                Person.builder()
                    .id(Id.of("dora"))
                    .name(Name.of("Dora"))
                    .addPosition(Position.builder().title("Minister").organization(ANNA).build())
                    .build())
            .addEvent(
                Meeting.builder()
                    .id(Id.of("meet"))
                    .addParticipants(Participant.of(ANNA), Participant.of(PAPER))
                    .addCitation(Citation.of(BORIS))
                    .build())
            .build();
    assertThat(d.validate().findings())
        .extracting(Finding::path, Finding::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "actors[3].positions[0].organization", "dossier.reference.kind"),
            org.assertj.core.groups.Tuple.tuple(
                "events[0].participants[1].actor", "dossier.reference.kind"),
            org.assertj.core.groups.Tuple.tuple(
                "events[0].citations[0].source", "dossier.reference.kind"));
  }

  @Test
  void aReplyMustAnswerAMessageSentToItsSender() {
    Dossier d =
        base()
            .addEvent(message("letter", ANNA, BORIS, "2020-01-10"))
            .addEvent(
                message("wrong-sender", CARLA, ANNA, "2020-01-11")
                    .withLinks(EventLink.replyTo(Id.of("letter"))))
            .addEvent(
                message("too-early", BORIS, ANNA, "2020-01-05")
                    .withLinks(EventLink.replyTo(Id.of("letter"))))
            .addEvent(
                Statement.builder()
                    .id(Id.of("said"))
                    .speaker(ANNA)
                    .addCitation(Citation.of(PAPER))
                    .build())
            .addEvent(
                message("to-statement", BORIS, ANNA, "2020-01-12")
                    .withLinks(EventLink.replyTo(Id.of("said"))))
            .build();
    assertThat(d.validate().findings())
        .extracting(Finding::path, Finding::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "events[1].links[0].target", "dossier.reply.sender"),
            org.assertj.core.groups.Tuple.tuple(
                "events[2].links[0].target", "dossier.reply.beforeOriginal"),
            org.assertj.core.groups.Tuple.tuple(
                "events[4].links[0].target", "dossier.reply.notMessage"));
  }

  @Test
  void aSourceCannotReportAnEventBeforeItHappened() {
    Dossier d =
        base()
            .addEvent(message("after", ANNA, BORIS, "2020-02-01"))
            .addEvent(message("same-month", ANNA, BORIS, "2020-01-31"))
            .build();
    ValidationReport r = d.validate();
    assertThat(r.codes()).containsExactly("dossier.source.beforeEvent");
    assertThat(r.errors().get(0).path()).isEqualTo("events[0].citations[0].source");
  }

  @Test
  void aPartialPublicationDateIsNotBeforeAnEventWithinIt() {
    Dossier d =
        base()
            .sources(java.util.List.of(paper(PartialDate.ofYearMonth(2020, 2))))
            .addEvent(message("in-month", ANNA, BORIS, "2020-02-20"))
            .build();
    assertThat(d.validate().findings()).isEmpty();
  }

  @Test
  void aCapacityMustBeAPositionHeldOnTheDate() {
    Person minister =
        Person.builder()
            .id(Id.of("dora"))
            .name(Name.of("Dora"))
            .addPosition(
                Position.builder()
                    .title("Foreign Minister")
                    .held(DateSpan.of(PartialDate.ofYear(2010), PartialDate.ofYear(2015)))
                    .build())
            .build();
    Dossier d =
        base()
            .addActor(minister)
            .addEvent(
                Meeting.builder()
                    .id(Id.of("meet"))
                    .when(When.on("2019-05-01"))
                    .addParticipants(
                        Participant.builder()
                            .actor(minister.id())
                            .capacity("Foreign Minister")
                            .build(),
                        Participant.builder().actor(ANNA).capacity("President").build())
                    .addCitation(Citation.of(PAPER))
                    .build())
            .build();
    ValidationReport r = d.validate();
    assertThat(r.findings())
        .extracting(Finding::path, Finding::code, Finding::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "events[0].participants[0].capacity", "dossier.position.notHeld", Severity.WARNING),
            org.assertj.core.groups.Tuple.tuple(
                "events[0].participants[1].capacity",
                "dossier.position.unknown",
                Severity.WARNING));
    assertThat(r.isValid()).isTrue();
  }

  @Test
  void theDeadMayBeMournedButDoNotMeet() {
    Person dead =
        Person.builder()
            .id(Id.of("dead"))
            .name(Name.of("Dead"))
            .died(PartialDate.ofYear(2016))
            .build();
    Dossier d =
        base()
            .addActor(dead)
            .addEvent(
                Meeting.builder()
                    .id(Id.of("seance"))
                    .when(When.on("2018-01-01"))
                    .addParticipants(Participant.of(ANNA), Participant.of(dead.id()))
                    .addCitation(Citation.of(PAPER))
                    .build())
            .build();
    assertThat(d.validate().codes()).containsExactly("dossier.participant.afterDeath");
    assertThat(d.validate().warnings()).hasSize(1);
  }

  @Test
  void eventsAndRelationshipsWithoutSourcesAreWarnings() {
    Dossier d =
        base()
            .addEvent(Statement.builder().id(Id.of("s")).speaker(ANNA).build())
            .addRelationship(
                Relationship.builder()
                    .id(Id.of("r"))
                    .addParties(ANNA, BORIS)
                    .relationshipKind(RelationshipKind.FRIENDSHIP)
                    .build())
            .build();
    ValidationReport r = d.validate();
    assertThat(r.codes())
        .containsExactly("dossier.event.noSource", "dossier.relationship.noSource");
    assertThat(r.isValid()).isTrue();
    assertThat(r.warnings()).hasSize(2);
    assertThat(r.errors()).isEmpty();
  }

  @Test
  void organizationParentsMustBeOrganizations() {
    Dossier d =
        base()
            .addActor(
                Organization.builder()
                    .id(MINISTRY)
                    .name(Name.of("Ministry"))
                    .organizationKind(OrganizationKind.MINISTRY)
                    .parent(ANNA)
                    .build())
            .build();
    assertThat(d.validate().codes()).containsExactly("dossier.reference.kind");
    assertThat(d.validate().findings().get(0).path()).isEqualTo("actors[3].parent");
  }

  @Test
  void theFormatVersionIsMajorDotMinor() {
    assertThat(Dossier.builder().build().formatVersion()).isEqualTo(Dossier.FORMAT_VERSION);
    assertThatThrownBy(() -> Dossier.builder().formatVersion("one").title(" ").build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.codes())
                    .containsExactly("dossier.formatVersion.format", "dossier.title.blank"));
  }

  @Test
  void repliesCannotGoRoundInACircle() {
    Dossier d =
        base()
            .addEvent(
                message("a", ANNA, BORIS, "2020-01-10").withLinks(EventLink.replyTo(Id.of("b"))))
            .addEvent(
                message("b", BORIS, ANNA, "2020-01-10").withLinks(EventLink.replyTo(Id.of("a"))))
            .build();
    assertThat(d.validate().findings())
        .extracting(Finding::path, Finding::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("events[0].links[0].target", "dossier.reply.cycle"),
            org.assertj.core.groups.Tuple.tuple(
                "events[1].links[0].target", "dossier.reply.cycle"));
  }

  @Test
  void theCapacityOfAnAgentIsCheckedWhereverTheEventHoldsIt() {
    Person minister =
        Person.builder()
            .id(Id.of("dora"))
            .name(Name.of("Dora"))
            .addPosition(
                Position.builder()
                    .title("Foreign Minister")
                    .held(DateSpan.of(PartialDate.ofYear(2010), PartialDate.ofYear(2015)))
                    .build())
            .died(PartialDate.ofYear(2018))
            .build();
    Dossier d =
        base()
            .addActor(minister)
            .addEvent(
                Visit.builder()
                    .id(Id.of("visit"))
                    .when(When.on("2019-05-01"))
                    .addVisitor(Agent.of(ANNA, "President"))
                    .host(Agent.of(minister.id(), "Foreign Minister"))
                    .addCitation(Citation.of(PAPER))
                    .build())
            .build();
    assertThat(d.validate().findings())
        .extracting(Finding::path, Finding::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "events[0].visitors[0].capacity", "dossier.position.unknown"),
            org.assertj.core.groups.Tuple.tuple("events[0].host", "dossier.participant.afterDeath"),
            org.assertj.core.groups.Tuple.tuple(
                "events[0].host.capacity", "dossier.position.notHeld"));
  }

  @Test
  void theIdsOfPartiesAndSignatoriesMustResolveToActors() {
    Dossier d =
        base()
            .addEvent(
                Agreement.builder()
                    .id(Id.of("treaty"))
                    .addParty(ANNA)
                    .addParty(Id.of("nobody"))
                    .addSignatory(Agent.of(Id.of("ghost"), "President"))
                    .addSignatory(PAPER)
                    .addCitation(Citation.of(PAPER))
                    .build())
            .build();
    assertThat(d.validate().findings())
        .extracting(Finding::path, Finding::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "events[0].parties[1]", "dossier.reference.unresolved"),
            org.assertj.core.groups.Tuple.tuple(
                "events[0].signatories[0]", "dossier.reference.unresolved"),
            org.assertj.core.groups.Tuple.tuple(
                "events[0].signatories[1]", "dossier.reference.kind"));
  }

  @Test
  void aRelationshipsAgreementsMustNameAgreementsOfTheDossier() {
    Agreement treaty =
        Agreement.builder()
            .id(Id.of("treaty"))
            .addParties(ANNA, BORIS)
            .addCitation(Citation.of(PAPER))
            .build();
    Relationship.Builder alliance =
        Relationship.builder()
            .id(Id.of("alliance"))
            .addParties(ANNA, BORIS)
            .relationshipKind(RelationshipKind.ALLIANCE)
            .addCitation(Citation.of(PAPER));
    Dossier good =
        base().addEvent(treaty).addRelationship(alliance.addAgreement(treaty.id()).build()).build();
    assertThat(good.validate().findings()).isEmpty();

    Dossier bad =
        base()
            .addEvent(treaty)
            .addEvent(message("letter", ANNA, BORIS, "2020-01-01"))
            .addRelationship(
                Relationship.builder()
                    .from(alliance.build())
                    .agreements(java.util.List.of(Id.of("letter"), Id.of("no-such-treaty"), ANNA))
                    .build())
            .build();
    assertThat(bad.validate().findings())
        .extracting(Finding::path, Finding::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "relationships[0].agreements[0]", "dossier.relationship.agreement"),
            org.assertj.core.groups.Tuple.tuple(
                "relationships[0].agreements[1]", "dossier.reference.unresolved"),
            org.assertj.core.groups.Tuple.tuple(
                "relationships[0].agreements[2]", "dossier.reference.kind"));
  }

  @Test
  void whatAnEventIsAboutIsAnActorOrAnEventOfTheDossier() {
    Dossier d =
        base()
            .addEvent(message("letter", ANNA, BORIS, "2020-01-10"))
            .addEvent(
                message("answer", BORIS, ANNA, "2020-01-20")
                    .withAbout(
                        dev.diplomacy.core.events.About.of(CARLA),
                        dev.diplomacy.core.events.About.of(Id.of("letter")),
                        dev.diplomacy.core.events.About.of(Id.of("nobody")),
                        dev.diplomacy.core.events.About.of(PAPER)))
            .build();
    assertThat(d.validate().findings())
        .extracting(Finding::path, Finding::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "events[1].about[2].subject", "dossier.reference.unresolved"),
            org.assertj.core.groups.Tuple.tuple(
                "events[1].about[3].subject", "dossier.reference.kind"));
    assertThat(d.validate().errors().get(1).message()).contains("an actor or an event", "a source");
  }

  @Test
  void condolencesOnTheDeathOfSomeoneNotKnownToHaveDiedAreAWarning() {
    dev.diplomacy.core.events.About onCarlasDeath =
        dev.diplomacy.core.events.About.of(CARLA, dev.diplomacy.core.events.Occasion.DEATH);
    Message condolences =
        message("condolences", ANNA, BORIS, "2020-01-10").withAbout(onCarlasDeath);
    ValidationReport alive = base().addEvent(condolences).build().validate();
    assertThat(alive.warnings())
        .extracting(Finding::path, Finding::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "events[0].about[0].subject", "dossier.about.death"));
    Dossier dead =
        Dossier.builder()
            .addActors(
                person(ANNA, "Anna"),
                person(BORIS, "Boris"),
                person(CARLA, "Carla").withDeceased(true))
            .addSource(paper(PartialDate.of(2020, 1, 31)))
            .addEvent(condolences)
            .build();
    assertThat(dead.validate().findings()).isEmpty();
  }

  @Test
  void theAdministratorsOfAPlacesAreaAreActors() {
    dev.diplomacy.core.geography.Place jsa =
        dev.diplomacy.core.geography.Place.builder()
            .area(
                dev.diplomacy.core.geography.Area.builder()
                    .areaKind(dev.diplomacy.core.geography.AreaKind.JOINTLY_ADMINISTERED)
                    .addAdministrators(ANNA, Id.of("unc"))
                    .build())
            .build();
    Dossier d =
        base().addEvent(message("letter", ANNA, BORIS, "2020-01-10").withPlace(jsa)).build();
    assertThat(d.validate().findings())
        .extracting(Finding::path, Finding::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "events[0].place.area.administrators[1]", "dossier.reference.unresolved"));
  }
}

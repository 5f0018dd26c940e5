package dev.diplomacy.interop.plover;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.ExternalId;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.actors.Name;
import dev.diplomacy.core.actors.Organization;
import dev.diplomacy.core.actors.OrganizationKind;
import dev.diplomacy.core.actors.Person;
import dev.diplomacy.core.actors.State;
import dev.diplomacy.core.codes.EventCoding;
import dev.diplomacy.core.codes.PloverCategory;
import dev.diplomacy.core.dossier.Dossier;
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
import dev.diplomacy.core.events.Role;
import dev.diplomacy.core.events.Statement;
import dev.diplomacy.core.events.StatementKind;
import dev.diplomacy.core.events.SupportKind;
import dev.diplomacy.core.events.SupportPledge;
import dev.diplomacy.core.events.TransferTerms;
import dev.diplomacy.core.events.Visit;
import dev.diplomacy.core.events.VisitKind;
import dev.diplomacy.core.geography.Coordinates;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.geography.Place;
import dev.diplomacy.core.sources.Citation;
import dev.diplomacy.core.sources.Source;
import dev.diplomacy.core.time.PartialDate;
import dev.diplomacy.core.time.When;
import dev.diplomacy.core.validation.ValidationException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class PloverExporterTest {

  private static final Country KP = Country.of("KP");
  private static final Country CU = Country.of("CU");
  private static final Country RU = Country.of("RU");
  private static final Id KIM = Id.of("kim-jong-un");
  private static final Id KIM_IL_SUNG = Id.of("kim-il-sung");
  private static final Id RI = Id.of("ri-su-yong");
  private static final Id RAUL = Id.of("raul-castro");
  private static final Id FIDEL = Id.of("fidel-castro");
  private static final Id LAVROV = Id.of("sergei-lavrov");
  private static final Id MADURO = Id.of("nicolas-maduro");
  private static final Id ASSAD = Id.of("bashar-al-assad");
  private static final Id SAA = Id.of("syrian-arab-army");
  private static final Id KCNA = Id.of("kcna");
  private static final Id BREITBART = Id.of("breitbart-news");
  private static final Id EMBASSY = Id.of("cuban-embassy-pyongyang");
  private static final Id NORTH_KOREA = Id.of("north-korea");
  private static final Id CUBA = Id.of("cuba");
  private static final Id KCNA_REPORT = Id.of("kcna-2018-07-09");
  private static final Id ARTICLE = Id.of("breitbart-article");

  private static Person person(Id id, String name, Country country) {
    return Person.builder().id(id).name(Name.of(name)).nationality(country).build();
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

  private static Message message(String id, Id sender, Id recipient, MessageKind kind) {
    return Message.builder()
        .id(Id.of(id))
        .when(When.on("2018-07-05"))
        .sender(sender)
        .addRecipient(recipient)
        .envoy(RI)
        .messageKind(kind)
        .addCitation(Citation.of(KCNA_REPORT))
        .build();
  }

  /** The facts of the reference article, as a dossier. */
  static Dossier referenceArticle() {
    return Dossier.builder()
        .title("Kim Jong-Un Exchanges 'Wholehearted Greetings' with Cuba's Raul Castro")
        .addActors(
            Person.builder()
                .id(KIM)
                .name(Name.of("Kim Jong-un"))
                .addOtherName(Name.of("Kim Jong Un"))
                .nationality(KP)
                .addExternalId(ExternalId.wikidata("Q56226"))
                .build(),
            person(KIM_IL_SUNG, "Kim Il-sung", KP),
            person(RI, "Ri Su-yong", KP),
            person(RAUL, "Raúl Castro", CU),
            person(FIDEL, "Fidel Castro", CU),
            person(LAVROV, "Sergei Lavrov", RU),
            person(MADURO, "Nicolás Maduro", Country.of("VE")),
            person(ASSAD, "Bashar al-Assad", Country.of("SY")),
            organization(SAA, "Syrian Arab Army", OrganizationKind.MILITARY, Country.of("SY")),
            organization(KCNA, "Korean Central News Agency", OrganizationKind.NEWS_MEDIA, KP),
            organization(
                BREITBART, "Breitbart News", OrganizationKind.NEWS_MEDIA, Country.of("US")),
            organization(EMBASSY, "Embassy of Cuba in Pyongyang", OrganizationKind.EMBASSY, CU),
            State.of(KP),
            State.of(CU))
        .addSources(
            Source.builder()
                .id(KCNA_REPORT)
                .publisher(KCNA)
                .published(PartialDate.of(2018, 7, 9))
                .build(),
            Source.builder()
                .id(ARTICLE)
                .publisher(BREITBART)
                .title("Kim Jong-Un Exchanges 'Wholehearted Greetings' with Cuba's Raul Castro")
                .language("en")
                .build())
        .addEvents(
            Meeting.builder()
                .id(Id.of("kim-lavrov-meeting"))
                .when(When.on("2018-05-31"))
                .place(
                    Place.builder()
                        .locality("Pyongyang")
                        .venue("Kumsusan Palace of the Sun")
                        .country(KP)
                        .build())
                .addParticipants(Participant.of(KIM, Role.HOST), Participant.of(LAVROV, Role.GUEST))
                .format(MeetingFormat.BILATERAL)
                .addCitation(Citation.builder().source(ARTICLE).locator("photo caption").build())
                .summary("Kim Jong-un meets Russia's Foreign Minister Sergei Lavrov in Pyongyang")
                .build(),
            Meeting.builder()
                .id(Id.of("ri-castro-talks"))
                .when(When.on("2018-07-05"))
                .place(Place.of("Havana", CU))
                .addParticipants(Participant.of(RI, Role.GUEST), Participant.of(RAUL, Role.HOST))
                .atmosphere("friendly")
                .addCitation(
                    Citation.of(KCNA_REPORT, "the talk took place in a friendly atmosphere"))
                .addCitation(Citation.of(ARTICLE))
                .summary("Ri Su-yong and Raúl Castro hold talks in Havana")
                .build(),
            message("kim-greetings", KIM, RAUL, MessageKind.GREETINGS),
            message("kim-letter", KIM, RAUL, MessageKind.LETTER),
            message("castro-thanks", RAUL, KIM, MessageKind.THANKS),
            message("castro-greetings", RAUL, KIM, MessageKind.GREETINGS),
            Visit.builder()
                .id(Id.of("fidel-castro-visits-pyongyang"))
                .when(When.on("1986"))
                .place(Place.of("Pyongyang", KP))
                .addVisitor(FIDEL)
                .host(NORTH_KOREA)
                .addCitation(Citation.of(ARTICLE))
                .build(),
            Statement.builder()
                .id(Id.of("fidel-castro-praises-kim-il-sung"))
                .speaker(FIDEL)
                .addSubject(KIM_IL_SUNG)
                .statementKind(StatementKind.PRAISE)
                .content("a veteran and irreproachable combatant")
                .addCitation(Citation.of(ARTICLE, "a veteran and irreproachable combatant"))
                .build(),
            MaterialTransfer.builder()
                .id(Id.of("rifles-to-cuba"))
                .provider(KIM_IL_SUNG)
                .recipient(CUBA)
                .addItem(
                    Item.builder()
                        .description("AK-47 rifles")
                        .quantity(BigDecimal.valueOf(100_000))
                        .build())
                .addItem(Item.of("ammunition"))
                .terms(TransferTerms.FREE_OF_CHARGE)
                .addCitation(Citation.of(ARTICLE, "without charging a cent"))
                .build(),
            Mourning.builder()
                .id(Id.of("mourning-for-fidel-castro"))
                .when(When.on("2016"))
                .declarer(NORTH_KOREA)
                .mourned(FIDEL)
                .days(3)
                .addCitation(Citation.of(ARTICLE))
                .build(),
            Delegation.builder()
                .id(Id.of("delegation-to-the-funeral"))
                .when(When.on("2016"))
                .sender(NORTH_KOREA)
                .host(CUBA)
                .occasion("the funeral of Fidel Castro")
                .build(),
            Visit.builder()
                .id(Id.of("condolence-visit"))
                .when(When.on("2016"))
                .addVisitor(KIM)
                .host(EMBASSY)
                .visitKind(VisitKind.CONDOLENCE)
                .build(),
            SupportPledge.builder()
                .id(Id.of("support-to-maduro"))
                .when(When.on("2018-03"))
                .pledger(NORTH_KOREA)
                .beneficiary(MADURO)
                .addSupportKind(SupportKind.POLITICAL)
                .content("firm support and solidarity")
                .build(),
            SupportPledge.builder()
                .id(Id.of("support-to-the-syrian-arab-army"))
                .when(When.on("2018-04"))
                .pledger(NORTH_KOREA)
                .beneficiary(SAA)
                .addSupportKind(SupportKind.UNSPECIFIED)
                .build(),
            Statement.builder()
                .id(Id.of("assad-vow"))
                .speaker(ASSAD)
                .statementKind(StatementKind.VOW)
                .content("solid and deep-rooted foundations of friendship and cooperation")
                .build(),
            OpaqueEvent.builder().id(Id.of("summit")).typeName("summit_communique").build(),
            CodedEvent.builder()
                .id(Id.of("appeal"))
                .addParticipant(Participant.of(NORTH_KOREA, Role.SOURCE_ACTOR))
                .cameoCode("0211")
                .build())
        .build();
  }

  private static List<String> lines(Dossier dossier) throws IOException {
    StringWriter out = new StringWriter();
    PloverExporter.write(dossier, out);
    return out.toString().lines().collect(Collectors.toList());
  }

  private static String line(List<String> lines, String eventId) {
    return lines.stream()
        .filter(l -> l.contains("\"event_id\":\"" + eventId + "\""))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void everyEventIsARecordOrListedWithTheReason() throws IOException {
    StringWriter out = new StringWriter();
    PloverExport export = PloverExporter.write(referenceArticle(), out);
    assertThat(export.linesWritten()).isEqualTo(10);
    assertThat(out.toString().lines()).hasSize(10);
    assertThat(out.toString()).endsWith("}\n");
    assertThat(export.notExported())
        .extracting(n -> n.event().value() + " " + n.code())
        .containsExactly(
            "kim-greetings plover.export.noCategory",
            "kim-letter plover.export.noCategory",
            "castro-thanks plover.export.noCategory",
            "castro-greetings plover.export.noCategory",
            "mourning-for-fidel-castro plover.export.noCategory",
            "summit plover.export.unknownKind",
            "appeal plover.export.noCategory");
    assertThat(export.notExported().get(0).reason())
        .isEqualTo(
            "PLOVER has no category for CAMEO 01/02 (public statements and appeals): 010 'Make statement' is coded in"
                + " CAMEO only");
    assertThat(export.notExported().get(4).reason()).contains("CAMEO 01/02", "017");
    assertThat(export.notExported().get(5).reason()).contains("summit_communique");
    assertThat(export.notExported().get(6).reason()).contains("CAMEO 01/02", "0211");
    assertThat(export).hasToString("10 records written, 7 events not exported");
  }

  @Test
  void theTalksInHavana() throws IOException {
    assertThat(line(lines(referenceArticle()), "ri-castro-talks"))
        .isEqualTo(
            "{\"id\":\"ri-castro-talks\",\"event_id\":\"ri-castro-talks\",\"date\":\"2018-07-05\","
                + "\"source\":[{\"actor_text\":\"Raúl Castro\",\"code\":\"CUB\",\"actor_id\":\"raul-castro\"}],"
                + "\"recipient\":[{\"actor_text\":\"Ri Su-yong\",\"code\":\"PRK\",\"actor_id\":\"ri-su-yong\"}],"
                + "\"event\":[\"CONSULT\"],\"mode\":[\"visit\"],\"cameo\":\"043\","
                + "\"event_text\":[\"Ri Su-yong and Raúl Castro hold talks in Havana\"],"
                + "\"text\":\"the talk took place in a friendly atmosphere\","
                + "\"event_loc\":{\"name\":\"Havana\",\"country code\":\"CU\",\"cc3\":\"CUB\"},"
                + "\"cite_info\":{\"publication\":\"Korean Central News Agency\"}}");
  }

  @Test
  void theMeetingWithLavrovWithoutAQuoteHasTheSummaryAsText() throws IOException {
    assertThat(line(lines(referenceArticle()), "kim-lavrov-meeting"))
        .isEqualTo(
            "{\"id\":\"kim-lavrov-meeting\",\"event_id\":\"kim-lavrov-meeting\",\"date\":\"2018-05-31\","
                + "\"source\":[{\"actor_text\":\"Kim Jong-un\",\"code\":\"PRK\",\"identifier_id\":\"Q56226\","
                + "\"actor_id\":\"kim-jong-un\"}],"
                + "\"recipient\":[{\"actor_text\":\"Sergei Lavrov\",\"code\":\"RUS\",\"actor_id\":\"sergei-lavrov\"}],"
                + "\"event\":[\"CONSULT\"],\"mode\":[\"visit\"],\"cameo\":\"043\","
                + "\"text\":\"Kim Jong-un meets Russia's Foreign Minister Sergei Lavrov in Pyongyang\","
                + "\"event_loc\":{\"name\":\"Pyongyang\",\"country code\":\"KP\",\"cc3\":\"PRK\"},"
                + "\"cite_info\":{\"publication\":\"Breitbart News\","
                + "\"title\":\"Kim Jong-Un Exchanges 'Wholehearted Greetings' with Cuba's Raul Castro\",\"language\":\"en\"}}");
  }

  @Test
  void fidelCastrosVisitIsDatedByItsYearAlone() throws IOException {
    assertThat(line(lines(referenceArticle()), "fidel-castro-visits-pyongyang"))
        .startsWith(
            "{\"id\":\"fidel-castro-visits-pyongyang\",\"event_id\":\"fidel-castro-visits-pyongyang\",\"date\":\"1986\","
                + "\"source\":[{\"actor_text\":\"Fidel Castro\",\"code\":\"CUB\",\"actor_id\":\"fidel-castro\"}],"
                + "\"recipient\":[{\"actor_text\":\"North Korea\",\"code\":\"PRK\",\"actor_id\":\"north-korea\"}],"
                + "\"event\":[\"CONSULT\"],\"mode\":[\"visit\"],\"cameo\":\"042\",");
  }

  @Test
  void eachKindOfEventHasItsCategoryAndSides() throws IOException {
    List<String> lines = lines(referenceArticle());
    assertThat(line(lines, "fidel-castro-praises-kim-il-sung"))
        .contains(
            "\"source\":[{\"actor_text\":\"Fidel Castro\"",
            "\"recipient\":[{\"actor_text\":\"Kim Il-sung\"",
            "\"event\":[\"SUPPORT\"],\"context\":[\"diplomatic\"],\"cameo\":\"051\"",
            "\"text\":\"a veteran and irreproachable combatant\"");
    assertThat(line(lines, "rifles-to-cuba"))
        .contains(
            "\"recipient\":[{\"actor_text\":\"Cuba\",\"code\":\"CUB\",\"actor_id\":\"cuba\"}]",
            "\"event\":[\"AID\"],\"context\":[\"military\"],\"cameo\":\"072\"");
    assertThat(line(lines, "delegation-to-the-funeral"))
        .contains(
            "\"date\":\"2016\"",
            "\"source\":[{\"actor_text\":\"North Korea\",\"code\":\"PRK\",\"actor_id\":\"north-korea\"}]",
            "\"recipient\":[{\"actor_text\":\"Cuba\"",
            "\"cameo\":\"042\"");
    assertThat(line(lines, "condolence-visit"))
        .contains(
            "\"recipient\":[{\"actor_text\":\"Embassy of Cuba in Pyongyang\",\"code\":\"CUB\",\"sector\":\"GOV\"");
    assertThat(line(lines, "support-to-maduro"))
        .contains(
            "\"date\":\"2018-03\"",
            "\"event\":[\"AGREE\"],\"context\":[\"diplomatic\"],\"cameo\":\"032\"");
    assertThat(line(lines, "support-to-the-syrian-arab-army"))
        .contains(
            "\"recipient\":[{\"actor_text\":\"Syrian Arab Army\",\"code\":\"SYR\",\"sector\":\"MIL\"",
            "\"cameo\":\"030\"");
    assertThat(line(lines, "assad-vow"))
        .contains("\"source\":[{\"actor_text\":\"Bashar al-Assad\"", "\"cameo\":\"030\"")
        .doesNotContain("\"recipient\"");
  }

  @Test
  void importingTheExportGivesEventsOfTheSameCategoriesAndActors() throws IOException {
    Dossier dossier = referenceArticle();
    StringWriter out = new StringWriter();
    PloverExporter.write(dossier, out);
    PloverImport back = PloverImporter.read(new StringReader(out.toString()));
    assertThat(back.imported()).isEqualTo(10);
    assertThat(back.rejected()).isZero();
    // the statements and the transfer are undated: PLOVER asks for a date, and the import says so
    assertThat(back.problems())
        .extracting(p -> p.code())
        .containsExactly("plover.date.missing", "plover.date.missing", "plover.date.missing");
    Map<Id, Event> again =
        back.dossier().events().stream().collect(Collectors.toMap(Event::id, Function.identity()));
    int compared = 0;
    for (Event e : dossier.events()) {
      PloverCategory category = category(e, dossier);
      if (category == null) {
        assertThat(again).doesNotContainKey(e.id());
        continue;
      }
      Event b = again.get(e.id());
      assertThat(EventCoding.of(b, back.dossier()).plover().orElseThrow().category())
          .isEqualTo(category);
      assertThat(PloverExporter.sides(b)).isEqualTo(PloverExporter.sides(e));
      for (Id actor : b.actorIds()) {
        assertThat(back.dossier().actor(actor).orElseThrow().name())
            .isEqualTo(dossier.actor(actor).orElseThrow().name());
      }
      compared++;
    }
    assertThat(compared).isEqualTo(10);
    assertThat(again.get(Id.of("ri-castro-talks"))).isInstanceOf(Meeting.class);
    assertThat(again.get(Id.of("fidel-castro-visits-pyongyang"))).isInstanceOf(Visit.class);
    assertThat(again.get(Id.of("rifles-to-cuba")))
        .isInstanceOfSatisfying(CodedEvent.class, c -> assertThat(c.cameoCode()).isEqualTo("072"));
    assertThat(back.dossier().actor(KIM).orElseThrow().externalIds())
        .containsExactly(ExternalId.wikidata("Q56226"));
    assertThat(back.dossier().actor(NORTH_KOREA).orElseThrow()).isInstanceOf(State.class);
  }

  private static @Nullable PloverCategory category(Event e, Dossier d) {
    if (e instanceof OpaqueEvent) {
      return null;
    }
    try {
      return EventCoding.of(e, d).plover().map(m -> m.category()).orElse(null);
    } catch (ValidationException unknownCode) {
      return null;
    }
  }

  @Test
  void aStreamGetsTheSameLinesInUtf8() throws IOException {
    StringWriter text = new StringWriter();
    PloverExporter.write(referenceArticle(), text);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PloverExport export = PloverExporter.write(referenceArticle(), bytes);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(text.toString());
    assertThat(export.linesWritten()).isEqualTo(10);
  }

  @Test
  void anEmptyDossierWritesNothing() throws IOException {
    StringWriter out = new StringWriter();
    PloverExport export = PloverExporter.write(Dossier.builder().build(), out);
    assertThat(out.toString()).isEmpty();
    assertThat(export.linesWritten()).isZero();
    assertThat(export.notExported()).isEmpty();
  }

  @Test
  void aMeetingWithoutAHostHasAllItsParticipantsAsSource() throws IOException {
    Dossier d =
        Dossier.builder()
            .addActors(State.of(KP), State.of(CU), State.of(RU))
            .addEvents(
                Meeting.builder()
                    .id(Id.of("m"))
                    .addParticipants(
                        Participant.of(NORTH_KOREA),
                        Participant.of(CUBA),
                        Participant.of(Id.of("russia")))
                    .format(MeetingFormat.MULTILATERAL)
                    .build())
            .build();
    assertThat(lines(d))
        .containsExactly(
            "{\"id\":\"m\",\"event_id\":\"m\",\"source\":[{\"actor_text\":\"North Korea\",\"code\":\"PRK\",\"actor_id\":"
                + "\"north-korea\"},{\"actor_text\":\"Cuba\",\"code\":\"CUB\",\"actor_id\":\"cuba\"},{\"actor_text\":"
                + "\"Russia\",\"code\":\"RUS\",\"actor_id\":\"russia\"}],\"event\":[\"CONSULT\"],\"cameo\":\"040\"}");
  }

  @Test
  void aCodedEventWritesItsSourceAndTargetActorsItsLabelTimeAndCoordinates() throws IOException {
    Dossier d =
        Dossier.builder()
            .addActors(
                State.of(KP),
                Organization.builder()
                    .id(Id.of("un"))
                    .name(Name.of("United Nations"))
                    .organizationKind(OrganizationKind.INTERNATIONAL_ORGANIZATION)
                    .build())
            .addEvents(
                CodedEvent.builder()
                    .id(Id.of("c"))
                    .addParticipant(Participant.of(Id.of("un"), Role.SOURCE_ACTOR))
                    .addParticipant(Participant.of(NORTH_KOREA, Role.TARGET_ACTOR))
                    .addParticipant(Participant.of(Id.of("ghost"), Role.PARTICIPANT))
                    .cameoCode("1621")
                    .label("Reduce or stop economic assistance")
                    .when(
                        When.builder()
                            .date(PartialDate.parse("2018-07-05"))
                            .time(LocalTime.of(9, 30))
                            .offset(ZoneOffset.ofHours(9))
                            .build())
                    .place(
                        Place.builder()
                            .name("Pyongyang")
                            .coordinates(Coordinates.of(39.0194, 125.7381))
                            .geonamesId(1871859)
                            .build())
                    .addExternalId(ExternalId.of("plover", "UN-1"))
                    .putExtension("plover:dead", ExtensionValue.of(0))
                    .putExtension("acme:note", ExtensionValue.of("not PLOVER"))
                    .build())
            .build();
    assertThat(lines(d))
        .containsExactly(
            "{\"id\":\"UN-1\",\"event_id\":\"c\",\"date\":\"2018-07-05\",\"time\":\"09:30+09:00\","
                + "\"source\":[{\"actor_text\":\"United Nations\",\"code\":\"IGO\",\"actor_id\":\"un\"},{\"actor_id\":\"ghost\"}],"
                + "\"recipient\":[{\"actor_text\":\"North Korea\",\"code\":\"PRK\",\"actor_id\":\"north-korea\"}],"
                + "\"event\":[\"SANCTION\"],\"mode\":[\"discontinue\"],\"context\":[\"economic\"],\"cameo\":\"1621\","
                + "\"event_text\":[\"Reduce or stop economic assistance\"],"
                + "\"event_loc\":{\"name\":\"Pyongyang\",\"latitude\":39.0194,\"longitude\":125.7381,\"geonameid\":1871859},"
                + "\"dead\":0}");
  }

  @Test
  void theModeAndContextAnImportKeptAreWrittenWhenTheCategoryAgrees() throws IOException {
    CodedEvent imported =
        CodedEvent.builder()
            .id(Id.of("i"))
            .addParticipant(Participant.of(NORTH_KOREA, Role.SOURCE_ACTOR))
            .cameoCode("18")
            .putExtension("plover:event", ExtensionValue.of("FIGHT"))
            .putExtension("plover:mode", ExtensionValue.of("heavy-weapons"))
            .putExtension(
                "plover:context",
                new ExtensionValue.ListValue(
                    List.of(ExtensionValue.of("military"), ExtensionValue.of("cbrn"))))
            .build();
    CodedEvent recoded = imported.withCameoCode("0332").withId(Id.of("r"));
    Dossier d = Dossier.builder().addActors(State.of(KP)).addEvents(imported, recoded).build();
    List<String> lines = lines(d);
    assertThat(lines.get(0))
        .contains(
            "\"event\":[\"ASSAULT\"],\"mode\":[\"heavy-weapons\"],\"context\":[\"military\",\"cbrn\"]");
    assertThat(lines.get(1))
        .contains("\"event\":[\"AGREE\"],\"context\":[\"military\"],\"cameo\":\"0332\"");
  }

  @Test
  void actorsCarryTheCodeAndSectorTheirExtensionsGive() throws IOException {
    Dossier d =
        Dossier.builder()
            .addActors(
                Organization.builder()
                    .id(Id.of("tokyo"))
                    .name(Name.of("Tokyo"))
                    .organizationKind(OrganizationKind.OTHER)
                    .putExtension("plover:code", ExtensionValue.of("JAP"))
                    .putExtension("plover:sector", ExtensionValue.of("***"))
                    .putExtension("plover:religion", ExtensionValue.of("SHN"))
                    .build(),
                organization(
                    Id.of("wpk"), "Workers' Party of Korea", OrganizationKind.POLITICAL_PARTY, KP),
                Organization.builder()
                    .id(Id.of("amnesty"))
                    .name(Name.of("Amnesty"))
                    .organizationKind(OrganizationKind.NGO)
                    .build())
            .addEvents(
                Statement.builder()
                    .id(Id.of("s"))
                    .speaker(Id.of("wpk"))
                    .addSubjects(Id.of("tokyo"), Id.of("amnesty"))
                    .statementKind(StatementKind.CRITICISM)
                    .build())
            .build();
    assertThat(lines(d).get(0))
        .contains(
            "\"source\":[{\"actor_text\":\"Workers' Party of Korea\",\"code\":\"PRK\",\"sector\":\"PTY\",\"actor_id\":\"wpk\"}]",
            "{\"actor_text\":\"Tokyo\",\"code\":\"JAP\",\"sector\":\"***\",\"religion\":\"SHN\",\"actor_id\":\"tokyo\"}",
            "{\"actor_text\":\"Amnesty\",\"code\":\"NGO\",\"actor_id\":\"amnesty\"}",
            "\"event\":[\"ACCUSE\"],\"mode\":[\"disapprove\"],\"cameo\":\"111\"");
  }

  @Test
  void aCitationOfASourceThatIsNotInTheDossierGivesItsQuoteButNoCiteInfo() throws IOException {
    Dossier d =
        Dossier.builder()
            .addActors(State.of(KP), State.of(CU))
            .addEvents(
                Visit.builder()
                    .id(Id.of("v"))
                    .addVisitor(NORTH_KOREA)
                    .host(CUBA)
                    .summary("North Korea visits Cuba")
                    .addCitation(Citation.of(Id.of("missing-source"), "words"))
                    .build())
            .build();
    assertThat(lines(d).get(0))
        .endsWith("\"event_text\":[\"North Korea visits Cuba\"],\"text\":\"words\"}")
        .doesNotContain("cite_info");
  }
}

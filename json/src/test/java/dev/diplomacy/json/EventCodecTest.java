package dev.diplomacy.json;

import static dev.diplomacy.json.CodecHarness.at;
import static dev.diplomacy.json.CodecHarness.pointersAndCodes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.ExternalId;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.codes.CameoCode;
import dev.diplomacy.core.codes.DatasetCoding;
import dev.diplomacy.core.codes.PloverCategory;
import dev.diplomacy.core.codes.PloverMapping;
import dev.diplomacy.core.codes.QuadClass;
import dev.diplomacy.core.events.About;
import dev.diplomacy.core.events.Agent;
import dev.diplomacy.core.events.Agreement;
import dev.diplomacy.core.events.AgreementKind;
import dev.diplomacy.core.events.CodedEvent;
import dev.diplomacy.core.events.Delegation;
import dev.diplomacy.core.events.Disclosure;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.events.EventKind;
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
import dev.diplomacy.core.events.OpaqueEvent;
import dev.diplomacy.core.events.Participant;
import dev.diplomacy.core.events.Precedent;
import dev.diplomacy.core.events.Provision;
import dev.diplomacy.core.events.ProvisionKind;
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
import dev.diplomacy.core.geography.AdminDivision;
import dev.diplomacy.core.geography.Coordinates;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.geography.Place;
import dev.diplomacy.core.sources.Certainty;
import dev.diplomacy.core.sources.Citation;
import dev.diplomacy.core.time.PartialDate;
import dev.diplomacy.core.time.When;
import dev.diplomacy.json.format.internal.Codecs;
import dev.diplomacy.json.format.internal.EventCodec;
import dev.diplomacy.json.format.internal.ObjectCodec;
import dev.diplomacy.json.format.internal.TextCodecs;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EventCodecTest {

  private static final DiplomacyJson JSON = DiplomacyJson.strict();
  private static final DiplomacyJson LENIENT = DiplomacyJson.lenient();

  private static final Id KIM = Id.of("kim-jong-un");
  private static final Id RI = Id.of("ri-su-yong");
  private static final Id RAUL = Id.of("raul-castro");
  private static final Id FIDEL = Id.of("fidel-castro");
  private static final Id CUBA = Id.of("cuba");
  private static final Id DPRK = Id.of("north-korea");

  private static ExtensionValue text(String s) {
    return ExtensionValue.of(s);
  }

  /**
   * The envelope of every golden event, every part of it given, extensions on nested objects
   * included: each kind's builder copies it with {@code from(Event)}. An opaque event, as it has no
   * participants to copy.
   */
  private static final Event ENVELOPE =
      OpaqueEvent.builder()
          .typeName("envelope")
          .id(Id.of("envelope"))
          .when(
              When.builder()
                  .date(PartialDate.parse("2018-07-05"))
                  .time(LocalTime.of(10, 30))
                  .offset(ZoneOffset.ofHours(-4))
                  .build())
          .place(
              Place.builder()
                  .name("the Palace of the Revolution")
                  .country(Country.of("CU"))
                  .admin1(AdminDivision.builder().name("La Habana").code("CU02").build())
                  .admin2(
                      AdminDivision.named("Plaza de la Revolución")
                          .withExtensions(Map.of("acme:kind", text("municipality"))))
                  .locality("Havana")
                  .venue("Palace of the Revolution")
                  .coordinates(
                      Coordinates.of(23.1224, -82.3842)
                          .withExtensions(Map.of("acme:accuracy", text("city"))))
                  .geonamesId(3553478)
                  .putExtension("acme:region", text("Caribbean"))
                  .build())
          .addCitation(
              Citation.builder()
                  .source(Id.of("kcna-2018-07-09"))
                  .quote("the talk took place in a friendly atmosphere")
                  .locator("paragraph 2")
                  .putExtension("acme:translated", ExtensionValue.of(true))
                  .build())
          .addCitation(Citation.of(Id.of("breitbart-kim-castro-greetings")))
          .certainty(Certainty.CONFIRMED)
          .summary("Ri Su-yong and Raúl Castro hold talks in Havana")
          .addLink(
              EventLink.partOf(Id.of("ri-visit-to-cuba"))
                  .withExtensions(Map.of("acme:note", text("the visit's first day"))))
          .addExternalId(ExternalId.of("icews", "27823457"))
          .addDatasetCoding(
              DatasetCoding.builder()
                  .dataset("icews")
                  .record("27823457")
                  .cameo(CameoCode.of("043"))
                  .goldstein(new BigDecimal("2.80"))
                  .quadClass(QuadClass.VERBAL_COOPERATION)
                  .addSource(DPRK)
                  .addTarget(CUBA)
                  .putExtension("acme:coder", text("BBN ACCENT"))
                  .build())
          .addDatasetCoding(
              DatasetCoding.builder()
                  .dataset("plover")
                  .plover(
                      PloverMapping.builder()
                          .category(PloverCategory.CONSULT)
                          .mode("visit")
                          .addContext("diplomatic")
                          .putExtension("acme:checked", ExtensionValue.of(true))
                          .build())
                  .addSources(RI)
                  .addTarget(RAUL)
                  .build())
          .putExtension("acme:confidence", ExtensionValue.of(new BigDecimal("0.90")))
          .putExtension("icews:storyId", text("27823457"))
          .build();

  static final Meeting MEETING =
      Meeting.builder()
          .from(ENVELOPE)
          .id(Id.of("ri-castro-talks-2018-07-05"))
          .addParticipant(
              Participant.builder()
                  .actor(RAUL)
                  .role(Role.HOST)
                  .capacity("First Secretary of the Communist Party of Cuba")
                  .build())
          .addParticipant(
              Participant.builder()
                  .actor(RI)
                  .role(Role.GUEST)
                  .capacity("Vice Chairman of the Workers' Party of Korea")
                  .putExtension("acme:seat", ExtensionValue.of(1))
                  .build())
          .addParticipant(Participant.of(Id.of("kim-song-nam"), Role.DELEGATION_MEMBER))
          .format(MeetingFormat.BILATERAL)
          .addTopic("bilateral relations")
          .addTopic("the situation on the Korean peninsula")
          .atmosphere("friendly")
          .build();

  static final Message MESSAGE =
      Message.builder()
          .from(ENVELOPE)
          .id(Id.of("castro-greetings-to-kim"))
          .addLink(EventLink.replyTo(Id.of("kim-greetings-to-castro")))
          .sender(RAUL)
          .addRecipient(KIM)
          .envoy(RI)
          .messageKind(MessageKind.GREETINGS)
          .medium(Medium.ORAL)
          .content("his most wholehearted greetings")
          .disclosure(Disclosure.PARTLY_DISCLOSED)
          .addAbout(About.of(KIM))
          .addAbout(
              About.builder()
                  .subject(Id.of("north-korea"))
                  .occasion(Occasion.NATIONAL_DAY)
                  .putExtension("acme:day", ExtensionValue.of("09-09"))
                  .build())
          .precedent(
              Precedent.builder()
                  .ordinal(1)
                  .series("reply carried by the same envoy")
                  .since(PartialDate.ofYear(1986))
                  .putExtension("acme:counted", ExtensionValue.of("by KCNA"))
                  .build())
          .build();

  static final SupportPledge SUPPORT_PLEDGE =
      SupportPledge.builder()
          .from(ENVELOPE)
          .id(Id.of("north-korea-supports-syrian-arab-army"))
          .pledger(DPRK)
          .beneficiary(Id.of("syrian-arab-army"))
          .addSupportKind(SupportKind.MILITARY)
          .addSupportKind(SupportKind.POLITICAL)
          .content("all sorts of support")
          .context("in Syria's civil war")
          .build();

  static final Visit VISIT =
      Visit.builder()
          .from(ENVELOPE)
          .id(Id.of("kim-jong-un-condolence-visit-cuban-embassy"))
          .addVisitor(KIM)
          .addVisitor(Id.of("kim-yo-jong"))
          .host(Id.of("cuban-embassy-pyongyang"))
          .visitKind(VisitKind.CONDOLENCE)
          .build();

  static final Delegation DELEGATION =
      Delegation.builder()
          .from(ENVELOPE)
          .id(Id.of("north-korean-delegation-to-fidel-castro-funeral"))
          .sender(DPRK)
          .head(Id.of("choe-ryong-hae"))
          .addMember(Id.of("kim-song-nam"))
          .addMember(Id.of("ri-su-yong"))
          .host(CUBA)
          .occasion("the funeral of Fidel Castro")
          .build();

  static final Mourning MOURNING =
      Mourning.builder()
          .from(ENVELOPE)
          .id(Id.of("north-korea-mourns-fidel-castro"))
          .declarer(DPRK)
          .mourned(FIDEL)
          .days(3)
          .build();

  static final Statement STATEMENT =
      Statement.builder()
          .from(ENVELOPE)
          .id(Id.of("fidel-castro-praises-kim-il-sung"))
          .speaker(FIDEL)
          .addSubject(Id.of("kim-il-sung"))
          .addSubject(FIDEL)
          .statementKind(StatementKind.PRAISE)
          .content("a veteran and irreproachable combatant")
          .build();

  static final RelationsChange RELATIONS_CHANGE =
      RelationsChange.builder()
          .from(ENVELOPE)
          .id(Id.of("costa-rica-expels-cuban-diplomats"))
          .addInitiator(Id.of("costa-rica"))
          .addCounterpart(CUBA)
          .relationsChangeKind(RelationsChangeKind.EXPEL_DIPLOMATS)
          .addDiplomat(Id.of("cuban-ambassador"))
          .build();

  static final MaterialTransfer MATERIAL_TRANSFER =
      MaterialTransfer.builder()
          .from(ENVELOPE)
          .id(Id.of("kim-il-sung-sends-rifles-to-cuba"))
          .provider(Id.of("kim-il-sung"))
          .recipient(CUBA)
          .addItem(Item.of("AK-47 rifles", 100_000))
          .addItem(
              Item.builder()
                  .description("ammunition")
                  .quantity(new BigDecimal("2.50"))
                  .unit("tonnes")
                  .putExtension("acme:estimated", ExtensionValue.of(true))
                  .build())
          .terms(TransferTerms.FREE_OF_CHARGE)
          .build();

  static final Agreement AGREEMENT =
      Agreement.builder()
          .from(ENVELOPE)
          .id(Id.of("russia-north-korea-treaty-2024"))
          .addParty(Id.of("russia"))
          .addParty(DPRK)
          .addSignatory(Agent.of(Id.of("vladimir-putin"), "President of the Russian Federation"))
          .addSignatory(KIM)
          .title("Treaty on Comprehensive Strategic Partnership")
          .agreementKind(AgreementKind.TREATY)
          .addProvision(
              Provision.builder()
                  .provisionKind(ProvisionKind.MUTUAL_ASSISTANCE)
                  .article("4")
                  .text("military and other assistance with all means at its disposal")
                  .build())
          .build();

  static final CodedEvent CODED =
      CodedEvent.builder()
          .from(ENVELOPE)
          .id(Id.of("icews-27823457"))
          .addParticipant(Participant.of(DPRK, Role.SOURCE_ACTOR))
          .addParticipant(Participant.of(CUBA, Role.TARGET_ACTOR))
          .cameoCode("043")
          .label("Host a visit")
          .intensity(2.8)
          .build();

  static final OpaqueEvent OPAQUE =
      OpaqueEvent.builder()
          .from(ENVELOPE)
          .typeName("summit_communique")
          .id(Id.of("havana-communique"))
          .addParticipant(Participant.of(CUBA))
          .addParticipant(Participant.of(DPRK))
          .putExtension("communique", text("Joint communique of the talks"))
          .putExtension(
              "signedBy", new ExtensionValue.ListValue(List.of(text("cuba"), text("north-korea"))))
          .build();

  /** The example of each kind above, whose JSON is its golden file. */
  static Event example(EventKind kind) {
    return switch (kind) {
      case MEETING -> MEETING;
      case MESSAGE -> MESSAGE;
      case SUPPORT_PLEDGE -> SUPPORT_PLEDGE;
      case VISIT -> VISIT;
      case DELEGATION -> DELEGATION;
      case MOURNING -> MOURNING;
      case STATEMENT -> STATEMENT;
      case MATERIAL_TRANSFER -> MATERIAL_TRANSFER;
      case AGREEMENT -> AGREEMENT;
      case RELATIONS_CHANGE -> RELATIONS_CHANGE;
      case CODED -> CODED;
      case OPAQUE -> OPAQUE;
    };
  }

  /** Every kind but the opaque one, which strict reading refuses. */
  private static List<EventKind> knownKinds() {
    return Arrays.stream(EventKind.values())
        .filter(k -> k != EventKind.OPAQUE)
        .collect(Collectors.toList());
  }

  @Test
  void everyKindMatchesItsGoldenFile() {
    // The opaque kind has its own: anEventOfAnUnknownKindIsKeptByLenientReading...
    for (EventKind kind : knownKinds()) {
      Golden.check(TextCodecs.enumName(kind) + ".json", example(kind), Event.class);
    }
  }

  @Test
  void everyKindHasTheCodecOfItsTypeAndTheUnionReadsEveryKind() {
    for (EventKind kind : EventKind.values()) {
      ObjectCodec<? extends Event, ?> codec = EventCodec.codec(kind);
      assertThat(codec.type()).as(kind.name()).isEqualTo(kind.type());
      if (kind == EventKind.OPAQUE) {
        assertThat(codec.keepsAnyTypeName()).isTrue();
      } else {
        assertThat(codec.typeName()).contains(TextCodecs.enumName(kind));
      }
    }
    assertThat(EventCodec.KINDS).hasSize(EventKind.values().length);
    assertThat(Codecs.ALL).containsAll(EventCodec.KINDS).contains(EventCodec.CODEC);
  }

  @Test
  void theTypeNameOfEachKindIsItsEventKindInLowerSnakeCase() {
    assertThat(
            knownKinds().stream()
                .map(k -> CodecHarness.tree(JSON.write(example(k))).get("type").asString())
                .collect(Collectors.toList()))
        .containsExactly(
            "meeting",
            "message",
            "support_pledge",
            "visit",
            "delegation",
            "mourning",
            "statement",
            "material_transfer",
            "agreement",
            "relations_change",
            "coded");
    for (EventKind kind : EventKind.values()) {
      assertThat(example(kind).kind()).isEqualTo(kind);
    }
  }

  @Test
  void writesTheTypeFirstThenTheEnvelopeThenTheKindsPropertiesThenExtensions() {
    assertThat(CodecHarness.tree(JSON.write(MESSAGE)).propertyNames())
        .containsExactly(
            "type",
            "id",
            "when",
            "place",
            "citations",
            "certainty",
            "summary",
            "links",
            "about",
            "precedent",
            "externalIds",
            "datasetCodings",
            "sender",
            "recipients",
            "envoy",
            "messageKind",
            "medium",
            "content",
            "disclosure",
            "acme:confidence",
            "icews:storyId");
  }

  @Test
  void writesNoDerivedParticipantsAndRefusesThemInStrictMode() {
    assertThat(JSON.write(MESSAGE)).doesNotContain("participants");
    String json =
        "{\"type\":\"mourning\",\"id\":\"m\",\"certainty\":\"reported\",\"declarer\":\"north-korea\",\"mourned\":\"fidel-castro\","
            + "\"participants\":[{\"actor\":\"north-korea\",\"role\":\"declarer\"}]}";
    assertThat(pointersAndCodes(() -> JSON.read(json, Event.class)))
        .containsExactly(at("/participants", "json.unknownProperty"));
  }

  @Test
  void readsAKindAsItsOwnTypeOnlyWithItsTypeName() {
    assertThat(JSON.read(Golden.text("meeting.json"), Meeting.class)).isEqualTo(MEETING);
    assertThat(pointersAndCodes(() -> JSON.read(Golden.text("message.json"), Meeting.class)))
        .contains(at("/type", "json.unknownType"));
  }

  @Test
  void anEventOfAnUnknownKindIsKeptByLenientReadingAndRefusedByStrictReading() {
    String golden = Golden.written("opaque.json", OPAQUE);
    assertThat(LENIENT.read(golden, Event.class)).isEqualTo(OPAQUE);
    assertThat(CodecHarness.sameJson(LENIENT.write(LENIENT.read(golden, Event.class)), golden))
        .isTrue();
    assertThat(pointersAndCodes(() -> JSON.read(golden, Event.class)))
        .containsExactly(at("/type", "json.unknownType"));
  }

  @Test
  void anUnknownKindIsStillAnEventAndItsTypeNameFollowsTheRule() {
    String json =
        "{\"type\":\"SummitCommunique\",\"id\":\"x\",\"certainty\":\"reported\",\"summary\":\" \",\"extra\":1}";
    assertThat(pointersAndCodes(() -> LENIENT.read(json, Event.class)))
        .containsExactly(
            at("/summary", "opaqueEvent.summary.blank"),
            at("/type", "opaqueEvent.typeName.format"));
    assertThat(
            pointersAndCodes(
                () -> LENIENT.read("{\"type\":\"later\",\"certainty\":\"reported\"}", Event.class)))
        .containsExactly(at("", "json.required"));
  }

  @Test
  void theCertaintyIsAlwaysWrittenAndRequired() {
    Mourning plain = Mourning.builder().id(Id.of("m")).declarer(DPRK).mourned(FIDEL).build();
    assertThat(JSON.write(plain))
        .isEqualTo(
            "{\"type\":\"mourning\",\"id\":\"m\",\"certainty\":\"reported\",\"declarer\":\"north-korea\",\"mourned\":\"fidel-castro\"}");
    assertThat(
            pointersAndCodes(
                () ->
                    JSON.read(
                        "{\"type\":\"mourning\",\"id\":\"m\",\"declarer\":\"a\",\"mourned\":\"b\"}",
                        Event.class)))
        .containsExactly(at("", "json.required"));
  }

  @Test
  void aSetIsWrittenInItsOrderAndReadInAnyOrderButEachValueOnce() {
    assertThat(CodecHarness.tree(JSON.write(SUPPORT_PLEDGE)).get("supportKinds").toString())
        .isEqualTo("[\"political\",\"military\"]");
    String json =
        JSON.write(SUPPORT_PLEDGE)
            .replace("[\"political\",\"military\"]", "[\"military\",\"political\"]");
    assertThat(JSON.read(json, Event.class)).isEqualTo(SUPPORT_PLEDGE);
    String twice =
        JSON.write(SUPPORT_PLEDGE)
            .replace("[\"political\",\"military\"]", "[\"military\",\"military\"]");
    assertThat(pointersAndCodes(() -> JSON.read(twice, Event.class)))
        .containsExactly(at("/supportKinds/1", "json.duplicateItem"));
  }

  @Test
  void reportsTheRulesOfEachKindAtTheirProperties() {
    String json =
        "{\"type\":\"message\",\"id\":\"m\",\"certainty\":\"reported\",\"sender\":\"kim\",\"recipients\":[\"raul\",\"kim\"],"
            + "\"envoy\":\"kim\",\"messageKind\":\"greetings\",\"links\":[{\"linkKind\":\"reply_to\",\"target\":\"m\"}]}";
    assertThat(pointersAndCodes(() -> JSON.read(json, Event.class)))
        .containsExactlyInAnyOrder(
            at("/links/0/target", "message.links.self"),
            at("/recipients/1", "message.recipients.sender"),
            at("/envoy", "message.envoy.sender"),
            at("/envoy", "message.envoy.recipient"));
  }

  @Test
  void keepsNamespacedExtensionsOfNestedObjectsInBothModesAndPlainOnesLeniently() {
    String json = JSON.write(MOURNING).replace("\"acme:translated\"", "\"translatedBy\"");
    assertThat(pointersAndCodes(() -> JSON.read(json, Event.class)))
        .containsExactly(at("/citations/0/translatedBy", "json.unknownProperty"));
    Event lenient = LENIENT.read(json, Event.class);
    assertThat(lenient.citations().get(0).extensions())
        .isEqualTo(Map.of("translatedBy", ExtensionValue.of(true)));
    assertThat(CodecHarness.sameJson(LENIENT.write(lenient), json)).isTrue();
  }

  @Test
  void aMediumOfFormatOneZeroReadsAsItself() {
    for (String medium : new String[] {"oral", "written"}) {
      String json =
          "{\"type\":\"message\",\"id\":\"m\",\"certainty\":\"reported\",\"sender\":\"a\","
              + "\"recipients\":[\"b\"],\"messageKind\":\"letter\",\"medium\":\""
              + medium
              + "\"}";
      Message m = (Message) DiplomacyJson.strict().read(json, Event.class);
      assertThat(m.medium()).contains(medium.equals("oral") ? Medium.ORAL : Medium.WRITTEN);
      assertThat(DiplomacyJson.strict().write(m)).isEqualTo(json);
    }
  }

  @Test
  void undisclosedContentAndAnAboutTheEventItselfAreRefusedAtTheirPointers() {
    String json =
        "{\"type\":\"message\",\"id\":\"m\",\"certainty\":\"reported\",\"sender\":\"a\","
            + "\"recipients\":[\"b\"],\"messageKind\":\"letter\",\"content\":\"x\","
            + "\"disclosure\":\"undisclosed\",\"about\":[{\"subject\":\"m\"}]}";
    assertThat(CodecHarness.pointersAndCodes(() -> DiplomacyJson.strict().read(json, Event.class)))
        .containsExactly(
            CodecHarness.at("/about/0/subject", "message.about.self"),
            CodecHarness.at("/content", "message.content.undisclosed"));
    String zeroth = json.replace("}]}", "}],\"precedent\":{\"ordinal\":0}}");
    assertThat(
            CodecHarness.pointersAndCodes(() -> DiplomacyJson.strict().read(zeroth, Event.class)))
        .containsExactly(CodecHarness.at("/precedent/ordinal", "precedent.ordinal.positive"));
  }
}

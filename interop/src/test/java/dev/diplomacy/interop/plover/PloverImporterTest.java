package dev.diplomacy.interop.plover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.ExternalId;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.actors.Actor;
import dev.diplomacy.core.actors.ActorKind;
import dev.diplomacy.core.actors.Name;
import dev.diplomacy.core.actors.Organization;
import dev.diplomacy.core.actors.OrganizationKind;
import dev.diplomacy.core.actors.State;
import dev.diplomacy.core.codes.CameoCode;
import dev.diplomacy.core.codes.DatasetCoding;
import dev.diplomacy.core.codes.EventCoding;
import dev.diplomacy.core.codes.PloverCategory;
import dev.diplomacy.core.codes.PloverMapping;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.events.Agent;
import dev.diplomacy.core.events.CodedEvent;
import dev.diplomacy.core.events.Direction;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.events.EventKind;
import dev.diplomacy.core.events.Meeting;
import dev.diplomacy.core.events.MeetingFormat;
import dev.diplomacy.core.events.Visit;
import dev.diplomacy.core.geography.Coordinates;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.geography.Place;
import dev.diplomacy.core.sources.Source;
import dev.diplomacy.core.time.PartialDate;
import dev.diplomacy.core.time.When;
import dev.diplomacy.core.validation.Severity;
import dev.diplomacy.interop.ImportCounts;
import dev.diplomacy.interop.ImportProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PloverImporterTest {

  /** Reads JSON written with ' for ", for the readability of the records below. */
  private static PloverImport read(String text) throws IOException {
    return PloverImporter.read(new StringReader(text.replace('\'', '"')));
  }

  private static List<String> codes(PloverImport r) {
    return r.problems().stream().map(p -> p.line() + " " + p.code()).collect(Collectors.toList());
  }

  private static Event event(PloverImport r, String id) {
    return r.dossier().event(Id.of(id)).orElseThrow();
  }

  private static Actor actor(PloverImport r, String id) {
    return r.dossier().actor(Id.of(id)).orElseThrow();
  }

  private static List<String> roles(Event e) {
    return e.participants().stream()
        .map(p -> p.actor() + " " + p.role())
        .collect(Collectors.toList());
  }

  private static final String CUBA = "{'actor_text': 'Cuba', 'code': 'CUB'}";
  private static final String KOREA = "{'actor_text': 'North Korea', 'code': 'PRK'}";

  private static String record(String id, String event, String rest) {
    return "{'id': '"
        + id
        + "', 'date': '2018-07-05', 'event': '"
        + event
        + "', 'source': ["
        + CUBA
        + "]"
        + rest
        + "}";
  }

  @Test
  void readsAJsonArrayAndJsonLinesAlike() throws IOException {
    String a = record("a", "AGREE", ", 'recipient': [" + KOREA + "]");
    String b = record("b", "SUPPORT", "");
    PloverImport array = read("[\n" + a + ",\n" + b + "\n]");
    PloverImport lines = read(a + "\n" + b + "\n");
    assertThat(array.imported()).isEqualTo(2);
    assertThat(lines.imported()).isEqualTo(2);
    assertThat(lines.dossier()).isEqualTo(array.dossier());
    assertThat(array.problems()).isEmpty();
    assertThat(lines.problems()).isEmpty();
    assertThat(roles(event(array, "a")))
        .containsExactly("cuba SOURCE_ACTOR", "north-korea TARGET_ACTOR");
  }

  @Test
  void theOlderFieldNamesOfTheGoldStandardReadAsTheNewerOnes() throws IOException {
    PloverImport older =
        read(
            "{'id': 'r', 'date': '2018-07-05', 'event': 'AGREE', 'source': [{'actorText': 'Cuba', 'code': 'CUB'}],"
                + " 'target': [{'actorText': 'North Korea', 'code': 'PRK'}], 'eventText': 'agreed',"
                + " 'dateCoded': '2016-12-19', 'text': 'Cuba agreed.', 'language': 'en', 'publication': 'KCNA'}");
    PloverImport newer =
        read(
            "{'id': 'r', 'date': '2018-07-05', 'event': ['AGREE'], 'source': [{'actor_text': 'Cuba', 'code': 'CUB'}],"
                + " 'recipient': [{'actor_text': 'North Korea', 'code': 'PRK'}], 'event_text': ['agreed'],"
                + " 'dateCoded': '2016-12-19', 'text': 'Cuba agreed.',"
                + " 'cite_info': {'language': 'en', 'publication': 'KCNA'}}");
    assertThat(newer.dossier()).isEqualTo(older.dossier());
    CodedEvent e = (CodedEvent) event(older, "r");
    assertThat(e.cameoCode()).isEqualTo("03");
    assertThat(e.label()).contains("agreed");
    assertThat(e.when()).contains(When.on("2018-07-05"));
    assertThat(e.extensions()).containsEntry("plover:dateCoded", ExtensionValue.of("2016-12-19"));
    assertThat(e.citations())
        .singleElement()
        .satisfies(c -> assertThat(c.quote()).contains("Cuba agreed."));
    assertThat(older.problems()).isEmpty();
  }

  @Test
  void aTargetMayBeAListAnObjectEmptyTextNullOrMissing() throws IOException {
    PloverImport r =
        read(
            String.join(
                "\n",
                record("list", "AGREE", ", 'target': [" + KOREA + "]"),
                record("object", "AGREE", ", 'target': " + KOREA),
                record("empty", "AGREE", ", 'target': ''"),
                record("null", "AGREE", ", 'target': null"),
                record("missing", "AGREE", "")));
    assertThat(r.problems()).isEmpty();
    assertThat(roles(event(r, "list")))
        .containsExactly("cuba SOURCE_ACTOR", "north-korea TARGET_ACTOR");
    assertThat(roles(event(r, "object")))
        .containsExactly("cuba SOURCE_ACTOR", "north-korea TARGET_ACTOR");
    for (String id : List.of("empty", "null", "missing")) {
      assertThat(roles(event(r, id))).containsExactly("cuba SOURCE_ACTOR");
      assertThat(event(r, id).extensions()).doesNotContainKey("plover:target");
    }
  }

  @Test
  void aTargetGivenAsOtherTextIsReportedAndKept() throws IOException {
    PloverImport r = read(record("t", "AGREE", ", 'target': 'diplomatic'"));
    assertThat(codes(r)).containsExactly("1 plover.actors.invalid");
    assertThat(r.problems().get(0).reason()).contains("\"diplomatic\"", "plover:target");
    assertThat(event(r, "t").extensions())
        .containsEntry("plover:target", ExtensionValue.of("diplomatic"));
    assertThat(r.imported()).isEqualTo(1);
  }

  @Test
  void theDocumentationRecordIsSkippedCountedAndKept() throws IOException {
    PloverImport r =
        read(
            "[{'id': 'DOC-1', 'event': 'DOCUMENT', 'license': 'CC BY-SA 4.0'},\n"
                + record("a", "AGREE", "")
                + "]");
    assertThat(r.recordsRead()).isEqualTo(2);
    assertThat(r.documents()).isEqualTo(1);
    assertThat(r.imported()).isEqualTo(1);
    assertThat(r.counts()).isEqualTo(new ImportCounts(1, 1, 0, 0, 1));
    // a stream has no place for it: it is reported, in full, whoever reads
    assertThat(r.problems())
        .containsExactly(
            ImportProblem.warning(
                1,
                "plover.record.documentation",
                "a documentation record (\"event\": \"DOCUMENT\"), not an event, so no element:"
                    + " here it is in full (a dossier read whole keeps it as its extension"
                    + " plover:documents): {\"id\":\"DOC-1\",\"event\":\"DOCUMENT\",\"license\":\"CC BY-SA 4.0\"}"));
    assertThat(r.dossier().events()).extracting(Event::id).containsExactly(Id.of("a"));
    assertThat(r.dossier().extensions().get("plover:documents"))
        .isEqualTo(
            new ExtensionValue.ListValue(
                List.of(
                    new ExtensionValue.MapValue(
                        Map.of(
                            "id", ExtensionValue.of("DOC-1"),
                            "event", ExtensionValue.of("DOCUMENT"),
                            "license", ExtensionValue.of("CC BY-SA 4.0"))))));
  }

  @Test
  void aCodeThatIsNotIsoIsReportedAndTheActorKeptWithoutACountry() throws IOException {
    PloverImport r =
        read(
            String.join(
                "\n",
                record("tokyo", "AGREE", ", 'target': [{'actorText': 'Tokyo', 'code': 'JAP'}]"),
                record("japan", "SANCTION", ", 'target': [{'actorText': 'Japan', 'code': 'JAP'}]"),
                record(
                    "un", "AGREE", ", 'target': [{'actorText': 'United Nations', 'code': 'IGO'}]"),
                record(
                    "ism",
                    "AGREE",
                    ", 'target': [{'actorText': 'Muslim hackers', 'code': 'ISM', 'sector': 'CRMMOS'}]")));
    assertThat(codes(r))
        .containsExactly("1 plover.actor.code.unknown", "2 plover.actor.code.unknown");
    assertThat(r.problems())
        .extracting(ImportProblem::reason)
        .containsExactly(
            "target[0] has the code 'JAP', which is neither an ISO 3166 alpha-3 code nor a"
                + " non-state code of PLOVER (IGO, IMG, ISM, MNC, NGO): the actor 'Tokyo' is kept"
                + " without a country, the code as its extension plover:code",
            "target[0] has the code 'JAP', which is neither an ISO 3166 alpha-3 code nor a"
                + " non-state code of PLOVER (IGO, IMG, ISM, MNC, NGO); its name 'Japan' is the"
                + " name of Japan, whose state it is (JPN)");
    Organization tokyo = (Organization) actor(r, "tokyo-2");
    assertThat(tokyo.name()).isEqualTo(Name.of("Tokyo"));
    assertThat(tokyo.country()).isEmpty();
    assertThat(tokyo.organizationKind()).isEqualTo(OrganizationKind.OTHER);
    assertThat(tokyo.extensions())
        .containsExactly(Map.entry("plover:code", ExtensionValue.of("JAP")));
    State japan = (State) actor(r, "japan-2");
    assertThat(japan.country()).isEqualTo(Country.of("JP"));
    Organization un = (Organization) actor(r, "united-nations");
    assertThat(un.organizationKind()).isEqualTo(OrganizationKind.INTERNATIONAL_ORGANIZATION);
    assertThat(un.extensions()).containsExactly(Map.entry("plover:code", ExtensionValue.of("IGO")));
    Organization hackers = (Organization) actor(r, "muslim-hackers");
    assertThat(hackers.extensions())
        .containsExactly(
            Map.entry("plover:code", ExtensionValue.of("ISM")),
            Map.entry("plover:sector", ExtensionValue.of("CRMMOS")));
  }

  @Test
  void thePlaceholderDateIsKeptAndFlagged() throws IOException {
    PloverImport r =
        read("{'id': 'p', 'date': '2000-01-01', 'event': 'AGREE', 'source': [" + CUBA + "]}");
    assertThat(codes(r)).containsExactly("1 plover.date.placeholder");
    assertThat(event(r, "p").when()).contains(When.on("2000-01-01"));
  }

  @Test
  void datesAsPreciseAsGivenWithLastDateAndTime() throws IOException {
    String base = "'event': 'AGREE', 'source': [" + CUBA + "]";
    PloverImport r =
        read(
            String.join(
                "\n",
                "{'id': 'month', 'date': '2018-07', 'enddate': '2018-08', " + base + "}",
                "{'id': 'time', 'date': '2018-07-05', 'time': '10:30:00+09:00', " + base + "}",
                "{'id': 'local', 'date': '2018-07-05', 'time': '10:30', " + base + "}",
                "{'id': 'timeless', 'date': '2018', 'time': '10:30', " + base + "}",
                "{'id': 'words', 'date': 'July 2018', 'enddate': '2018-08', " + base + "}",
                "{'id': 'none', " + base + "}",
                "{'id': 'backwards', 'date': '2018-07-05', 'enddate': '2018-07-01', "
                    + base
                    + "}"));
    assertThat(codes(r))
        .containsExactly(
            "4 plover.time.invalid",
            "5 plover.date.invalid",
            "5 plover.enddate.invalid",
            "6 plover.date.missing",
            "7 plover.enddate.invalid");
    assertThat(event(r, "month").when())
        .contains(When.between(PartialDate.parse("2018-07"), PartialDate.parse("2018-08")));
    assertThat(event(r, "time").when().orElseThrow().time()).contains(LocalTime.of(10, 30));
    assertThat(event(r, "time").when().orElseThrow().offset()).contains(ZoneOffset.ofHours(9));
    assertThat(event(r, "local").when().orElseThrow().offset()).isEmpty();
    assertThat(event(r, "timeless").when()).contains(When.on("2018"));
    assertThat(event(r, "timeless").extensions())
        .containsEntry("plover:time", ExtensionValue.of("10:30"));
    assertThat(event(r, "words").when()).isEmpty();
    assertThat(event(r, "words").extensions())
        .containsEntry("plover:date", ExtensionValue.of("July 2018"))
        .containsEntry("plover:enddate", ExtensionValue.of("2018-08"));
    assertThat(event(r, "none").when()).isEmpty();
    assertThat(event(r, "backwards").when()).contains(When.on("2018-07-05"));
  }

  @Test
  void theCategoriesOfEarlierDraftsAreReadAsTheirPlover2021Categories() throws IOException {
    PloverImport r =
        read(
            String.join(
                "\n",
                record("demand", "DEMAND", ""),
                record("disapprove", "DISAPPROVE", ""),
                record("investigate", "INVESTIGATE", ""),
                record("fight", "FIGHT", ""),
                record("lower", "agree", "")));
    assertThat(codes(r))
        .containsExactly(
            "1 plover.event.legacy",
            "2 plover.event.legacy",
            "3 plover.event.legacy",
            "4 plover.event.legacy");
    assertThat(r.problems().get(0).reason()).contains("DEMAND", "REQUEST", "10");
    Map<String, String> codes =
        r.dossier().events().stream()
            .collect(Collectors.toMap(e -> e.id().value(), e -> ((CodedEvent) e).cameoCode()));
    assertThat(codes)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "demand",
                "10",
                "disapprove",
                "11",
                "investigate",
                "09",
                "fight",
                "19",
                "lower",
                "03"));
    assertThat(EventCoding.of(event(r, "demand")).plover().orElseThrow().category())
        .isEqualTo(PloverCategory.REQUEST);
    assertThat(event(r, "demand").extensions())
        .containsEntry("plover:event", ExtensionValue.of("DEMAND"));
  }

  @Test
  void eachCategoryHasItsRepresentativeCodeAndModeInvestigateMakesAccuse09() throws IOException {
    for (Map.Entry<PloverCategory, String> c : PloverCodes.representatives().entrySet()) {
      PloverImport r = read(record("e", c.getKey().name(), ""));
      Event e = event(r, "e");
      assertThat(EventCoding.of(e).plover().orElseThrow().category()).isEqualTo(c.getKey());
      if (e instanceof CodedEvent coded) {
        assertThat(coded.cameoCode()).isEqualTo(c.getValue());
      }
    }
    PloverImport r = read(record("e", "ACCUSE", ", 'mode': 'investigate'"));
    assertThat(((CodedEvent) event(r, "e")).cameoCode()).isEqualTo("09");
  }

  @Test
  void severalCategoriesTakeTheFirstThatPloverHas() throws IOException {
    PloverImport r =
        read(
            "{'id': 's', 'date': '2018-07-05', 'event': ['CRIME', 'REJECT', 'AGREE'], 'source': ["
                + CUBA
                + "]}");
    assertThat(codes(r)).containsExactly("1 plover.event.several");
    assertThat(((CodedEvent) event(r, "s")).cameoCode()).isEqualTo("12");
    assertThat(event(r, "s").extensions().get("plover:event"))
        .isEqualTo(
            new ExtensionValue.ListValue(
                List.of(
                    ExtensionValue.of("CRIME"),
                    ExtensionValue.of("REJECT"),
                    ExtensionValue.of("AGREE"))));
  }

  @Test
  void recordsWithoutACategoryOfPloverOrWithoutActorsAreRejected() throws IOException {
    PloverImport r =
        read(
            String.join(
                "\n",
                record("crime", "CRIME", ""),
                "{'id': 'none', 'date': '2018-07-05', 'source': [" + CUBA + "]}",
                "{'id': 'number', 'date': '2018-07-05', 'event': 42, 'source': [" + CUBA + "]}",
                "{'id': 'nobody', 'date': '2018-07-05', 'event': 'AGREE', 'source': '', 'target': null}",
                "{'id': 'blank', 'date': '2018-07-05', 'event': 'AGREE', 'source': [{'actor_text': ' ', 'code': ''}]}",
                record("fine", "AGREE", "")));
    assertThat(codes(r))
        .containsExactly(
            "1 plover.event.unknown",
            "2 plover.event.missing",
            "3 plover.event.unknown",
            "4 plover.actors.missing",
            "5 plover.actors.missing");
    assertThat(r.rejections()).hasSize(5).allMatch(ImportProblem::isRejection);
    assertThat(r.problems().get(0).reason()).contains("\"CRIME\"", "REQUEST");
    assertThat(r.recordsRead()).isEqualTo(6);
    assertThat(r.rejected()).isEqualTo(5);
    assertThat(r.imported()).isEqualTo(1);
  }

  @Test
  void aMemberGivenTwiceIsNamedByItsJsonPointerInLinesAndInAnArray() throws IOException {
    String twice =
        "{'id': 'twice', 'event': 'AGREE', 'source': ["
            + CUBA
            + "], "
            + "'x': {'a': 1, 'a': {'b': 1, 'b': 2}}, 'a/b~': [{'c': 1, 'c': 1}]}";
    PloverImport lines = read(record("a", "AGREE", "") + "\n" + twice);
    assertThat(codes(lines)).containsExactly("2 plover.json.duplicateKey");
    assertThat(lines.problems().get(0).reason())
        .isEqualTo(
            "the record gives a member twice, at /x/a/b, /x/a, /a~1b~0/0/c: which value holds"
                + " cannot be told");
    PloverImport array = read("[" + record("a", "AGREE", "") + ",\n" + twice + "]");
    assertThat(codes(array)).containsExactly("2 plover.json.duplicateKey");
    assertThat(array.problems().get(0).reason())
        .isEqualTo(
            "the record gives a member twice, at /1/x/a/b, /1/x/a, /1/a~1b~0/0/c: which value"
                + " holds cannot be told");
    assertThat(array.imported()).isEqualTo(1);
  }

  @Test
  void aValueThatJsonAllowsAndTheLibraryRefusesRejectsItsRecordAndTheNextIsRead()
      throws IOException {
    String exponent = record("exponent", "AGREE", ", 'x': [1, 1e-2147483648]");
    String surrogate = record("surrogate", "AGREE", ", 'text': 'Havana \\ud83c'");
    PloverImport lines = read(String.join("\n", exponent, surrogate, record("fine", "AGREE", "")));
    assertThat(codes(lines)).containsExactly("1 plover.json.format", "2 plover.json.format");
    assertThat(lines.problems().get(0).reason())
        .isEqualTo(
            "the record holds a value that JSON allows but the library does not: at /x/1, the"
                + " number 1e-2147483648 is out of range: its exponent is too large");
    assertThat(lines.problems().get(1).reason())
        .isEqualTo(
            "the record holds a value that JSON allows but the library does not: at /text, the"
                + " text contains a lone surrogate (\\uD83C at index 7): it is not valid Unicode");
    assertThat(lines.dossier().events()).extracting(Event::id).containsExactly(Id.of("fine"));
    PloverImport array = read("[" + String.join(",\n", surrogate, exponent) + "]");
    assertThat(codes(array)).containsExactly("1 plover.json.format", "2 plover.json.format");
    assertThat(array.problems().get(0).reason()).contains("at /0/text, ");
    assertThat(array.problems().get(1).reason()).contains("at /1/x/1, ");
    assertThat(array.recordsRead()).isEqualTo(2);
  }

  @Test
  void inJsonLinesABadLineIsRejectedAndTheNextRead() throws IOException {
    PloverImport r =
        read(
            String.join(
                "\n",
                record("a", "AGREE", ""),
                "{'id': 'broken', ",
                "[1, 2]",
                "{'id': 'twice', 'id': 'again', 'event': 'AGREE', 'source': [" + CUBA + "]}",
                "   ",
                record("b", "AGREE", "") + " {}",
                record("c", "AGREE", "")));
    assertThat(codes(r))
        .containsExactly(
            "2 plover.json.syntax",
            "3 plover.record.notObject",
            "4 plover.json.duplicateKey",
            "5 plover.line.blank",
            "6 plover.json.syntax");
    assertThat(r.problems().get(2).reason()).contains("/id");
    assertThat(r.recordsRead()).isEqualTo(6);
    assertThat(r.rejected()).isEqualTo(4);
    assertThat(r.dossier().events()).extracting(Event::id).containsExactly(Id.of("a"), Id.of("c"));
  }

  @Test
  void inAnArrayASyntaxErrorRejectsItsRecordAndEndsTheReading() throws IOException {
    PloverImport r =
        read(
            "[\n"
                + record("a", "AGREE", "")
                + ",\n{'id': 'b', 'event': }\n,"
                + record("c", "AGREE", "")
                + "]");
    assertThat(codes(r)).containsExactly("3 plover.json.syntax");
    assertThat(r.problems().get(0).reason()).contains("nothing after this point is read");
    assertThat(r.recordsRead()).isEqualTo(2);
    assertThat(r.imported()).isEqualTo(1);
    assertThat(r.rejected()).isEqualTo(1);
  }

  @Test
  void inAnArrayAnErrorBetweenRecordsEndsTheReadingWithoutARecord() throws IOException {
    PloverImport r = read("[\n" + record("a", "AGREE", "") + "\n" + record("b", "AGREE", "") + "]");
    assertThat(codes(r)).containsExactly("3 plover.json.syntax");
    assertThat(r.recordsRead()).isEqualTo(1);
    assertThat(r.imported()).isEqualTo(1);
    assertThat(r.rejected()).isZero();
  }

  @Test
  void contentAfterTheArrayAndAnEmptyInputAreReported() throws IOException {
    PloverImport trailing = read("[" + record("a", "AGREE", "") + "]\n{}");
    assertThat(codes(trailing)).containsExactly("2 plover.json.trailing");
    assertThat(trailing.imported()).isEqualTo(1);
    PloverImport empty = read(" \n ");
    assertThat(codes(empty)).containsExactly("1 plover.input.empty");
    assertThat(empty.recordsRead()).isZero();
  }

  @Test
  void anEmptyArrayIsAnEmptyInputAsAnEmptyFileIs() throws IOException {
    for (String text : List.of("[]", "\n[\n ]\n")) {
      PloverImport emptyArray = read(text);
      assertThat(emptyArray.problems())
          .extracting(ImportProblem::code, ImportProblem::severity)
          .containsExactly(tuple("plover.input.empty", Severity.ERROR));
      assertThat(emptyArray.recordsRead()).isZero();
    }
    assertThat(codes(read("\n[\n ]\n"))).containsExactly("2 plover.input.empty");
  }

  @Test
  void aByteOrderMarkAndBytesThatAreNotUtf8DoNotStopTheReading() throws IOException {
    byte[] utf8 =
        ("\uFEFF" + record("a", "AGREE", "").replace('\'', '"')).getBytes(StandardCharsets.UTF_8);
    PloverImport r = PloverImporter.read(new ByteArrayInputStream(utf8));
    assertThat(r.imported()).isEqualTo(1);
    byte[] latin1 =
        record("b", "AGREE", ", 'text': 'Bogot\u00e1'")
            .replace('\'', '"')
            .getBytes(StandardCharsets.ISO_8859_1);
    PloverImport s = PloverImporter.read(new ByteArrayInputStream(latin1));
    assertThat(s.imported()).isEqualTo(1);
    assertThat(event(s, "b").extensions())
        .containsEntry("plover:text", ExtensionValue.of("Bogot\uFFFD"));
    assertThat(s.problems())
        .extracting(ImportProblem::toString)
        .contains(
            "line 1: WARNING plover.encoding: the line has bytes that are not UTF-8, read as the"
                + " replacement character U+FFFD");
  }

  @Test
  void everyLineWithBytesThatAreNotUtf8IsReportedAtItsLine() throws IOException {
    String good = record("a", "AGREE", "").replace('\'', '"');
    String bad = record("b", "AGREE", ", 'publication': 'Le Monde', 'text': 'caf\u00e9'");
    String lines = good + "\r\n" + good.replace("\"a\"", "\"c\"") + "\r" + bad.replace('\'', '"');
    byte[] latin1 = lines.getBytes(StandardCharsets.ISO_8859_1);
    PloverImport r = PloverImporter.read(new ByteArrayInputStream(latin1));
    assertThat(r.imported()).isEqualTo(3);
    assertThat(codes(r)).contains("3 plover.encoding");
    assertThat(codes(r)).filteredOn(c -> c.endsWith("encoding")).hasSize(1);

    String array = "[\n" + good + ",\n\n" + bad.replace('\'', '"') + "\n]";
    PloverImport inArray =
        PloverImporter.read(new ByteArrayInputStream(array.getBytes(StandardCharsets.ISO_8859_1)));
    assertThat(codes(inArray)).contains("4 plover.encoding");
    assertThat(inArray.warnings()).extracting(ImportProblem::code).contains("plover.encoding");
  }

  @Test
  void actorsAreOneByTheirNameCodeAndSector() throws IOException {
    PloverImport r =
        read(
            String.join(
                "\n",
                record(
                    "a",
                    "AGREE",
                    ", 'target': [{'actorText': 'Kim Jong-Un', 'code': 'PRK', 'sector': 'GOV'}]"),
                record(
                    "b",
                    "AGREE",
                    ", 'target': [{'actorText': 'Kim  Jong Un', 'code': 'PRK', 'sector': 'GOV'}]"),
                record("c", "AGREE", ", 'target': [{'actorText': 'Afghan', 'code': 'AFG'}]"),
                record(
                    "d",
                    "AGREE",
                    ", 'target': [{'actorText': 'Afghan guerillas', 'code': 'AFG', 'sector': 'REB'}]"),
                record("e", "AGREE", ", 'target': [{'actorText': 'Israel', 'code': 'ISR'}]"),
                record(
                    "f",
                    "AGREE",
                    ", 'target': [{'actorText': 'Israel', 'code': 'ISR', 'sector': 'GOV'}]"),
                record(
                    "g",
                    "AGREE",
                    ", 'target': [{'actorText': 'Kim Jong-Un', 'code': 'PRK', 'sector': 'MIL'}]")));
    // the actor was handed out with the first record: the second's spelling comes too late
    assertThat(codes(r)).containsExactly("2 plover.actor.late");
    assertThat(r.problems().get(0).reason())
        .isEqualTo(
            "the actor kim-jong-un ('Kim Jong-Un') was made from the record that first mentioned"
                + " it: target[0] gives it the other name 'Kim Jong Un', which is not added");
    Actor kim = actor(r, "kim-jong-un");
    assertThat(kim.otherNames()).isEmpty();
    assertThat(event(r, "b").actorIds()).contains(kim.id());
    assertThat(event(r, "g").actorIds()).contains(Id.of("kim-jong-un-2"));
    assertThat(actor(r, "afghan").id()).isNotEqualTo(actor(r, "afghan-guerillas").id());
    assertThat(actor(r, "israel").kind()).isEqualTo(ActorKind.STATE);
    assertThat(actor(r, "israel-2").kind()).isEqualTo(ActorKind.ORGANIZATION);
    assertThat(((Organization) actor(r, "afghan")).country()).contains(Country.of("AF"));
    assertThat(r.dossier().actors()).hasSize(7);
  }

  @Test
  void actorsAreStatesOrOrganizationsOfTheKindTheirCodeOrSectorSays() throws IOException {
    PloverImport r =
        read(
            record(
                "a",
                "AGREE",
                ", 'target': [{'actor_text': 'Cuban army', 'code': 'CUB', 'sector': 'MIL'},"
                    + " {'actor_text': 'Cuban government', 'code': 'CUB', 'sector': 'GOV'},"
                    + " {'actor_text': 'Albanian civilians', 'code': 'ALB', 'sector': 'CVLalb'},"
                    + " {'actor_text': 'Amnesty International', 'code': 'NGO'},"
                    + " {'actor_text': 'Shell', 'code': 'MNC'},"
                    + " {'code': 'USA'}, {'code': 'USA', 'sector': 'GOV'},"
                    + " {'actor_text': 'Russian Federation'},"
                    + " {}, 'Havana', {'actor_text': 5, 'code': 'CUB'}]"));
    assertThat(codes(r))
        .containsExactly(
            "1 plover.actor.empty", "1 plover.actor.invalid", "1 plover.actor.invalid");
    assertThat(r.problems().get(1).reason()).contains("target[9]", "\"Havana\"");
    assertThat(r.problems().get(2).reason()).contains("target[10].actor_text", "5");
    Map<String, String> kinds =
        r.dossier().actors().stream()
            .collect(
                Collectors.toMap(
                    a -> a.name().text(),
                    a ->
                        a instanceof Organization o
                            ? o.organizationKind().name()
                            : a.kind().name()));
    assertThat(kinds)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "Cuba", "STATE",
                "Cuban army", "MILITARY",
                "Cuban government", "GOVERNMENT",
                "Albanian civilians", "OTHER",
                "Amnesty International", "NGO",
                "Shell", "COMPANY",
                "United States", "STATE",
                "USA GOV", "GOVERNMENT",
                "Russia", "STATE"));
    assertThat(actor(r, "russia").otherNames()).containsExactly(Name.of("Russian Federation"));
    assertThat(roles(event(r, "a"))).contains("cuba SOURCE_ACTOR", "cuba TARGET_ACTOR");
  }

  @Test
  void identifiersAndOtherMembersOfActorsAreKept() throws IOException {
    PloverImport r =
        read(
            String.join(
                "\n",
                record(
                    "a",
                    "AGREE",
                    ", 'target': [{'raw_text': 'Steinmeier', 'entity_name': 'Frank-Walter Steinmeier',"
                        + " 'wikidata_id': 'Q76658', 'country_code': 'DEU', 'sector_code': 'GOV', 'office': 'minister'}]"),
                record(
                    "b",
                    "AGREE",
                    ", 'target': [{'actor_text': 'Steinmeier', 'code': 'DEU', 'sector': 'GOV',"
                        + " 'identifier_id': 'https://www.wikidata.org/wiki/Q76658', 'office': 'president'}]")));
    assertThat(codes(r)).containsExactly("2 plover.actor.conflict");
    Actor steinmeier = actor(r, "steinmeier");
    assertThat(steinmeier.otherNames()).containsExactly(Name.of("Frank-Walter Steinmeier"));
    assertThat(steinmeier.externalIds()).containsExactly(ExternalId.wikidata("Q76658"));
    assertThat(steinmeier.extensions())
        .containsEntry("plover:office", ExtensionValue.of("minister"));
  }

  @Test
  void anActorIdJoinsMentionsAndBecomesTheActorsId() throws IOException {
    PloverImport r =
        read(
            String.join(
                "\n",
                record(
                    "a",
                    "AGREE",
                    ", 'target': [{'actor_text': 'Kim Jong-un', 'code': 'PRK', 'actor_id': 'kim'}]"),
                record(
                    "b",
                    "AGREE",
                    ", 'target': [{'actor_text': 'Marshal Kim', 'code': 'PRK', 'actor_id': 'kim'}]"),
                record(
                    "c",
                    "AGREE",
                    ", 'target': [{'actor_text': 'Ri', 'code': 'PRK', 'actor_id': 'a'}]")));
    assertThat(codes(r)).containsExactly("2 plover.actor.late");
    Actor kim = actor(r, "kim");
    assertThat(kim.name().text()).isEqualTo("Kim Jong-un");
    assertThat(kim.otherNames()).isEmpty(); // 'Marshal Kim' came after kim was handed out
    assertThat(event(r, "b").actorIds()).contains(Id.of("kim"));
    assertThat(actor(r, "ri").name().text()).isEqualTo("Ri"); // 'a' is the id of an event
  }

  @Test
  void consultationsAreTypedEventsWhereTheyFit() throws IOException {
    String two = ", 'target': [" + KOREA + "]";
    PloverImport r =
        read(
            String.join(
                "\n",
                record("phone", "CONSULT", two + ", 'mode': 'phone'"),
                record("visit", "CONSULT", two + ", 'mode': 'visit'"),
                record(
                    "placed",
                    "CONSULT",
                    ", 'mode': 'visit', 'event_loc': {'name': 'Pyongyang', 'country code': 'KP'}"),
                record(
                    "crowd",
                    "CONSULT",
                    ", 'mode': 'visit', 'target': [" + KOREA + ", {'actor_text': 'Russia'}]"),
                record("host", "CONSULT", two + ", 'mode': 'host'"),
                record("third", "CONSULT", two + ", 'mode': 'third-party'"),
                record(
                    "multi",
                    "CONSULT",
                    ", 'mode': 'multilateral', 'target': ["
                        + KOREA
                        + ", {'actor_text': 'Russia'}]"),
                record("plain", "CONSULT", two),
                record("alone", "CONSULT", ", 'mode': 'phone'"),
                record("hosted", "CONSULT", two + ", 'mode': 'visit', 'cameo': '043'"),
                record("talks", "CONSULT", two + ", 'cameo': '046'")));
    assertThat(r.problems()).isEmpty();
    Map<String, EventKind> kinds =
        r.dossier().events().stream().collect(Collectors.toMap(e -> e.id().value(), Event::kind));
    assertThat(kinds)
        .containsExactlyInAnyOrderEntriesOf(
            Map.ofEntries(
                Map.entry("phone", EventKind.MEETING),
                Map.entry("visit", EventKind.VISIT),
                Map.entry("placed", EventKind.VISIT),
                Map.entry("crowd", EventKind.CODED),
                Map.entry("host", EventKind.MEETING),
                Map.entry("third", EventKind.MEETING),
                Map.entry("multi", EventKind.MEETING),
                Map.entry("plain", EventKind.MEETING),
                Map.entry("alone", EventKind.CODED),
                Map.entry("hosted", EventKind.MEETING),
                Map.entry("talks", EventKind.CODED)));
    assertThat(((Meeting) event(r, "phone")).format()).contains(MeetingFormat.PHONE);
    assertThat(((Visit) event(r, "visit")).visitors()).containsExactly(Agent.of(Id.of("cuba")));
    assertThat(((Visit) event(r, "visit")).host()).contains(Agent.of(Id.of("north-korea")));
    assertThat(((Visit) event(r, "placed")).host()).isEmpty();
    assertThat(event(r, "placed").place())
        .contains(Place.builder().name("Pyongyang").country(Country.of("KP")).build());
    assertThat(roles(event(r, "host"))).containsExactly("cuba HOST", "north-korea GUEST");
    assertThat(roles(event(r, "hosted"))).containsExactly("cuba HOST", "north-korea GUEST");
    assertThat(((Meeting) event(r, "multi")).format()).contains(MeetingFormat.MULTILATERAL);
    assertThat(((Meeting) event(r, "third")).format()).isEmpty();
    assertThat(((CodedEvent) event(r, "talks")).cameoCode()).isEqualTo("046");
    assertThat(((CodedEvent) event(r, "crowd")).cameoCode()).isEqualTo("04");
    assertThat(event(r, "visit").extensions())
        .containsEntry("plover:mode", ExtensionValue.of("visit"));
    for (Event e : r.dossier().events()) {
      assertThat(EventCoding.of(e).plover().orElseThrow().category())
          .isEqualTo(PloverCategory.CONSULT);
    }
  }

  @Test
  void aCameoCodeOfTheCategoryIsTakenAndAnyOtherReported() throws IOException {
    PloverImport r =
        read(
            String.join(
                "\n",
                record("pledge", "AGREE", ", 'cameo': '0332'"),
                record("host", "AGREE", ", 'cameo': '043'"),
                record("zeros", "AGREE", ", 'cameo': '33'"),
                record("number", "AGREE", ", 'cameo': 32")));
    assertThat(codes(r))
        .containsExactly(
            "2 plover.cameo.mismatch", "3 plover.cameo.mismatch", "4 plover.cameo.mismatch");
    assertThat(r.problems().get(0).reason()).contains("043", "CONSULT", "03");
    assertThat(((CodedEvent) event(r, "pledge")).cameoCode()).isEqualTo("0332");
    assertThat(((CodedEvent) event(r, "host")).cameoCode()).isEqualTo("03");
    assertThat(event(r, "host").extensions())
        .containsEntry("plover:cameo", ExtensionValue.of("043"));
  }

  @Test
  void modeContextAndEveryOtherFieldAreKeptAsExtensions() throws IOException {
    PloverImport r =
        read(
            String.join(
                "\n",
                record(
                    "a",
                    "ASSAULT",
                    ", 'mode': 'explosives', 'context': 'diplomatic, military', 'dead': '3', 'size': 100,"
                        + " 'textInfo': {'markup': '(SRC: Cuba)'}, 'comment': 'hand made'"),
                record("b", "AGREE", ", 'mode': '', 'context': ['economic', 'legal']"),
                record("c", "AGREE", ", 'mode': 7, 'context': {'x': 1}")));
    assertThat(codes(r)).containsExactly("3 plover.mode.invalid", "3 plover.context.invalid");
    assertThat(event(r, "a").extensions())
        .containsEntry("plover:mode", ExtensionValue.of("explosives"))
        .containsEntry(
            "plover:context",
            new ExtensionValue.ListValue(
                List.of(ExtensionValue.of("diplomatic"), ExtensionValue.of("military"))))
        .containsEntry("plover:dead", ExtensionValue.of("3"))
        .containsEntry("plover:size", ExtensionValue.of(100))
        .containsEntry(
            "plover:textInfo",
            new ExtensionValue.MapValue(Map.of("markup", ExtensionValue.of("(SRC: Cuba)"))))
        .containsEntry("plover:comment", ExtensionValue.of("hand made"));
    assertThat(event(r, "b").extensions())
        .doesNotContainKey("plover:mode")
        .containsEntry(
            "plover:context",
            new ExtensionValue.ListValue(
                List.of(ExtensionValue.of("economic"), ExtensionValue.of("legal"))));
    assertThat(event(r, "c").extensions()).containsEntry("plover:mode", ExtensionValue.of(7));
  }

  @Test
  void theRecordsCategoryModeContextsCodeAndActorsAreItsDatasetCoding() throws IOException {
    PloverImport r =
        read(
            String.join(
                "\n",
                record(
                    "a",
                    "ASSAULT",
                    ", 'target': ["
                        + KOREA
                        + "], 'mode': 'explosives', 'context': 'diplomatic, military, diplomatic'"),
                record(
                    "b", "CONSULT", ", 'target': " + KOREA + ", 'mode': 'visit', 'cameo': '042'"),
                record(
                    "c", "AGREE", ", 'mode': 'car bomb', 'context': ['legal', 'not one word']")));
    Event a = event(r, "a");
    Id cuba = a.actorIds(Direction.SOURCE).iterator().next();
    Id korea = a.actorIds(Direction.TARGET).iterator().next();
    assertThat(a.datasetCodings())
        .containsExactly(
            DatasetCoding.builder()
                .dataset("plover")
                .record("a")
                .plover(
                    PloverMapping.builder()
                        .category(PloverCategory.ASSAULT)
                        .mode("explosives")
                        .addContexts("diplomatic", "military")
                        .build())
                .addSource(cuba)
                .addTarget(korea)
                .build());
    // A typed event keeps its record's coding too, with the CAMEO code the record gave.
    DatasetCoding b = event(r, "b").datasetCodings().get(0);
    assertThat(event(r, "b").kind()).isEqualTo(EventKind.VISIT);
    assertThat(b.cameo()).contains(CameoCode.of("042"));
    assertThat(b.plover())
        .contains(PloverMapping.builder().category(PloverCategory.CONSULT).mode("visit").build());
    assertThat(b.sources()).containsExactly(cuba);
    assertThat(b.targets()).containsExactly(korea);
    // What is not one word stays in the extensions only.
    DatasetCoding c = event(r, "c").datasetCodings().get(0);
    assertThat(c.plover().orElseThrow().mode()).isEmpty();
    assertThat(c.plover().orElseThrow().contexts()).containsExactly("legal");
    assertThat(c.cameo()).isEmpty();
    assertThat(c.targets()).isEmpty();
    assertThat(event(r, "c").extensions())
        .containsEntry("plover:mode", ExtensionValue.of("car bomb"));
  }

  @Test
  void theLocationIsThePlace() throws IOException {
    PloverImport r =
        read(
            String.join(
                "\n",
                record("geneva", "AGREE", ", 'eventLoc': {'name': 'Geneva', 'country code': 'CH'}"),
                record(
                    "full",
                    "AGREE",
                    ", 'event_loc': {'name': 'Havana', 'cc3': 'CUB', 'latitude': 23.1136, 'longitude': '-82.3666',"
                        + " 'geonameid': 3553478, 'admin1 code': '02'}"),
                record(
                    "unknown",
                    "AGREE",
                    ", 'event_loc': {'name': 'Atlantis', 'country code': 'XX', 'latitude': 'north'}"),
                record("empty", "AGREE", ", 'event_loc': {'feature class': 'P'}"),
                record("text", "AGREE", ", 'event_loc': 'Kabul'")));
    assertThat(codes(r))
        .containsExactly(
            "3 plover.place.country.unknown",
            "3 plover.place.coordinates.invalid",
            "4 plover.place.empty",
            "5 plover.place.invalid");
    assertThat(event(r, "geneva").place())
        .contains(Place.builder().name("Geneva").country(Country.of("CH")).build());
    Place havana = event(r, "full").place().orElseThrow();
    assertThat(havana.country()).contains(Country.of("CU"));
    assertThat(havana.coordinates()).contains(Coordinates.of(23.1136, -82.3666));
    assertThat(havana.geonamesId()).hasValue(3553478);
    assertThat(havana.extensions())
        .containsExactly(Map.entry("plover:admin1 code", ExtensionValue.of("02")));
    Place atlantis = event(r, "unknown").place().orElseThrow();
    assertThat(atlantis.country()).isEmpty();
    assertThat(atlantis.extensions())
        .containsEntry("plover:country code", ExtensionValue.of("XX"))
        .containsEntry("plover:latitude", ExtensionValue.of("north"));
    assertThat(event(r, "empty").place()).isEmpty();
    assertThat(event(r, "empty").extensions()).containsKey("plover:event_loc");
    assertThat(event(r, "text").extensions())
        .containsEntry("plover:event_loc", ExtensionValue.of("Kabul"));
  }

  @Test
  void thePublicationIsTheSourceAndTheTextItsQuote() throws IOException {
    PloverImport r =
        read(
            String.join(
                "\n",
                record(
                    "a",
                    "AGREE",
                    ", 'publication': 'KCNA', 'language': 'en', 'text': 'Cuba agreed.'"),
                record(
                    "b",
                    "AGREE",
                    ", 'publication': 'KCNA', 'language': 'en', 'text': 'Cuba agreed again.'"),
                record(
                    "c",
                    "AGREE",
                    ", 'cite_info': {'title': 'Report', 'url': 'https://example.org/r', 'license': 'CC0', 'language': 'en_US'}"),
                record("d", "AGREE", ", 'cite_info': {'url': 'example.org'}, 'text': 'Words.'"),
                record("e", "AGREE", ", 'text': ['not', 'text']")));
    assertThat(codes(r))
        .containsExactly(
            "3 plover.language.invalid", "4 plover.url.invalid", "5 plover.text.invalid");
    Dossier d = r.dossier();
    assertThat(d.sources()).hasSize(2);
    Source kcna = d.sources().get(0);
    assertThat(kcna.language()).contains("en");
    assertThat(d.actor(kcna.publisher().orElseThrow()).orElseThrow().name().text())
        .isEqualTo("KCNA");
    assertThat(event(r, "a").citations())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.source()).isEqualTo(kcna.id());
              assertThat(c.quote()).contains("Cuba agreed.");
            });
    assertThat(event(r, "b").citations().get(0).source()).isEqualTo(kcna.id());
    Source report = d.sources().get(1);
    assertThat(report.title()).contains("Report");
    assertThat(report.url().orElseThrow()).hasToString("https://example.org/r");
    assertThat(report.publisher()).isEmpty();
    assertThat(event(r, "c").extensions())
        .containsEntry(
            "plover:cite_info",
            new ExtensionValue.MapValue(Map.of("license", ExtensionValue.of("CC0"))))
        .containsEntry("plover:language", ExtensionValue.of("en_US"));
    assertThat(event(r, "d").citations()).isEmpty();
    assertThat(event(r, "d").extensions())
        .containsEntry("plover:url", ExtensionValue.of("example.org"))
        .containsEntry("plover:text", ExtensionValue.of("Words."));
    assertThat(d.validate().findings())
        .extracting(f -> f.code())
        .containsOnly("dossier.event.noSource");
  }

  @Test
  void anIdThatIsMissingTakenOrNotAnIdIsReplacedAndKept() throws IOException {
    String body = "'date': '2018-07-05', 'event': 'AGREE', 'source': [" + CUBA + "]";
    PloverImport r =
        read(
            String.join(
                "\n",
                "{" + body + "}",
                "{'id': 'x', " + body + "}",
                "{'id': 'x', " + body + "}",
                "{'id': 'a b', " + body + "}",
                "{'id': 7, " + body + "}",
                "{'id': 'y', 'event_id': 'x', " + body + "}",
                "{'id': 'z', 'event_id': 'own', " + body + "}"));
    assertThat(codes(r)).containsExactly("1 plover.id.missing", "3 plover.id.duplicate");
    assertThat(r.dossier().events())
        .extracting(e -> e.id().value())
        .containsExactly("plover-record-1", "x", "x-2", "a-b", "7", "y", "own");
    assertThat(event(r, "x-2").externalIds()).containsExactly(ExternalId.of("plover", "x"));
    assertThat(event(r, "a-b").externalIds()).containsExactly(ExternalId.of("plover", "a b"));
    assertThat(event(r, "own").externalIds()).containsExactly(ExternalId.of("plover", "z"));
    assertThat(event(r, "x").externalIds()).isEmpty();
  }

  @Test
  void aRecordWithOnlyRecipientsIsImportedAndReported() throws IOException {
    PloverImport r =
        read("{'id': 'v', 'date': '2018-07-05', 'event': 'ASSAULT', 'target': [" + KOREA + "]}");
    assertThat(codes(r)).containsExactly("1 plover.source.missing");
    assertThat(roles(event(r, "v"))).containsExactly("north-korea TARGET_ACTOR");
  }

  @Test
  void fieldsOfTheWrongTypeAreReportedAndKeptAsExtensions() throws IOException {
    PloverImport r =
        read(
            record(
                "w",
                "AGREE",
                ", 'eventText': {'verb': 'agreed'}, 'cite_info': 'KCNA', 'event_loc': {'name': 'Havana', 'geonameid': -3},"
                    + " 'bad\\u0001name': 1"));
    assertThat(codes(r))
        .containsExactly(
            "1 plover.place.geonameid.invalid",
            "1 plover.citeInfo.invalid",
            "1 plover.eventText.invalid",
            "1 plover.field.name");
    Event e = event(r, "w");
    assertThat(e.extensions())
        .containsEntry(
            "plover:event_text",
            new ExtensionValue.MapValue(Map.of("verb", ExtensionValue.of("agreed"))))
        .containsEntry("plover:cite_info", ExtensionValue.of("KCNA"));
    assertThat(e.place().orElseThrow().extensions())
        .containsEntry("plover:geonameid", ExtensionValue.of(-3));
    assertThat(((CodedEvent) e).label()).isEmpty();
  }

  @Test
  void aRecordBeyondTheLimitsOfTheJsonModuleIsRejected() throws IOException {
    String deep = "[".repeat(100) + "]".repeat(100);
    PloverImport r =
        read(record("deep", "AGREE", ", 'x': " + deep) + "\n" + record("fine", "AGREE", ""));
    assertThat(codes(r)).containsExactly("1 plover.json.limit");
    assertThat(r.imported()).isEqualTo(1);
  }

  @Test
  void aFailingReaderFailsTheImport() {
    Reader failing =
        new Reader() {
          private boolean started;

          @Override
          public int read(char[] buffer, int offset, int length) throws IOException {
            if (!started) {
              started = true;
              buffer[offset] = '[';
              return 1;
            }
            throw new IOException("disk gone");
          }

          @Override
          public void close() {}
        };
    assertThatThrownBy(() -> PloverImporter.read(failing))
        .isInstanceOf(IOException.class)
        .hasMessage("disk gone");
  }

  @Test
  void blankLinesBeforeTheFirstRecordCountInTheLineNumbers() throws IOException {
    PloverImport array =
        read("\n\n[\n" + record("a", "AGREE", "") + ",\n" + record("b", "CRIME", "") + "]");
    assertThat(codes(array)).containsExactly("5 plover.event.unknown");
    PloverImport lines = read("\n \n" + record("a", "AGREE", "") + "\n" + record("b", "CRIME", ""));
    assertThat(codes(lines))
        .containsExactly("1 plover.line.blank", "2 plover.line.blank", "4 plover.event.unknown");
  }
}

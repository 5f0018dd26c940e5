package dev.diplomacy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.events.Meeting;
import dev.diplomacy.core.events.Participant;
import dev.diplomacy.core.events.Role;
import dev.diplomacy.json.DiplomacyJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ValidateCommandTest {

  @TempDir Path dir;

  static void assertNoStackTrace(Cli.Result run) {
    assertThat(run.out() + run.err()).doesNotContain("\tat ", "Exception", "Caused by");
  }

  /** The small dossier with a meeting whose second participant is not in it, pretty-printed. */
  static String withUnknownParticipant() {
    Dossier d = Dossiers.small();
    Meeting talks = (Meeting) d.events().get(0);
    Meeting broken =
        Meeting.builder()
            .from(talks)
            .participants(
                List.of(talks.participants().get(0), Participant.of(Id.of("nobody"), Role.HOST)))
            .build();
    return pretty(d.withEvents(List.<Event>of(broken, d.events().get(1))));
  }

  static String pretty(Dossier d) {
    return DiplomacyJson.strict().mapper().writerWithDefaultPrettyPrinter().writeValueAsString(d);
  }

  /** The line, from 1, of the first line of {@code text} that holds {@code part}. */
  static int lineOf(String text, String part) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(part)) {
        return i + 1;
      }
    }
    throw new AssertionError(part + " is not in the text");
  }

  @Test
  void aValidDossierExitsWithZeroAndPrintsNoFinding() throws Exception {
    Path file = Dossiers.file(dir, "small.json", Dossiers.json(Dossiers.small()));
    Cli.Result run = Cli.run("validate", file.toString());
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo(file + ": valid (2 events, 0 errors, 0 warnings)\n");
  }

  @Test
  void warningsAreAllowed() throws Exception {
    Dossier d = Dossiers.small();
    Meeting uncited =
        Meeting.builder().from((Meeting) d.events().get(0)).citations(List.of()).build();
    String json = pretty(d.withEvents(List.<Event>of(uncited, d.events().get(1))));
    Path file = Dossiers.file(dir, "warned.json", json);
    Cli.Result run = Cli.run("validate", file.toString());
    assertThat(run.exitCode()).isZero();
    int line = lineOf(json, "\"events\""); // where the event's object starts: "events" : [ {
    assertThat(run.out())
        .matches(
            Pattern.quote(file + ":" + line + ":")
                + "\\d+: warning dossier\\.event\\.noSource /events/0/citations: .*havana-talks.*\n");
    assertThat(run.err()).contains("valid (2 events, 0 errors, 1 warning)");
  }

  @Test
  void aFindingOfTheDossierNamesItsLineAndPointer() throws Exception {
    String json = withUnknownParticipant();
    Path file = Dossiers.file(dir, "unknown.json", json);
    Cli.Result run = Cli.run("validate", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    int line = lineOf(json, "\"nobody\"");
    int column = json.lines().toList().get(line - 1).indexOf("\"nobody\"") + 1;
    assertThat(run.out())
        .isEqualTo(
            file
                + ":"
                + line
                + ":"
                + column
                + ": error dossier.reference.unresolved /events/0/participants/1/actor: no element of the dossier has the id 'nobody'\n");
    assertThat(run.err()).isEqualTo(file + ": invalid (2 events, 1 error, 0 warnings)\n");
    assertNoStackTrace(run);
  }

  @Test
  void aSyntaxErrorIsReportedWithItsLine() throws Exception {
    Path file =
        Dossiers.file(dir, "broken.json", "{\"formatVersion\": \"1.0\",\n  \"events\": [}\n");
    Cli.Result run = Cli.run("validate", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).startsWith(file + ":2:").contains(" error json.syntax ");
    assertThat(run.err()).isEqualTo(file + ": invalid (1 error, 0 warnings)\n");
    assertNoStackTrace(run);
  }

  @Test
  void everyProblemOfADocumentIsReported() throws Exception {
    Path file =
        Dossiers.file(
            dir, "types.json", "{\"formatVersion\": 1,\n \"title\": [\"x\"],\n \"bogus\": true}");
    Cli.Result run = Cli.run("validate", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines().toList())
        .hasSize(3)
        .anySatisfy(
            l ->
                assertThat(l).startsWith(file + ":1:").contains("error json.type /formatVersion: "))
        .anySatisfy(
            l -> assertThat(l).startsWith(file + ":2:").contains("error json.type /title: "))
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith(file + ":3:")
                    .contains("error json.unknownProperty /bogus: "));
    assertNoStackTrace(run);
  }

  @Test
  void aBrokenRuleOfTheLibraryIsReportedWithItsCode() throws Exception {
    String json = Dossiers.json(Dossiers.small()).replace("\"2018-07-05\"", "\"2018-02-30\"");
    Path file = Dossiers.file(dir, "date.json", json);
    Cli.Result run = Cli.run("validate", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains(" error partialDate.invalid /events/0/when/date: ");
    assertNoStackTrace(run);
  }

  @Test
  void unknownPropertiesAreErrorsWhenStrictAndKeptWhenLenient() throws Exception {
    String json = Dossiers.json(Dossiers.small()).replaceFirst("\\{", "{\"newField\": 1, ");
    Path file = Dossiers.file(dir, "newer.json", json);
    Cli.Result strict = Cli.run("validate", file.toString());
    assertThat(strict.exitCode()).isEqualTo(1);
    assertThat(strict.out()).contains("error json.unknownProperty /newField");
    assertThat(Cli.run("validate", "--strict", file.toString()).exitCode()).isEqualTo(1);
    Cli.Result lenient = Cli.run("validate", "--lenient", file.toString());
    assertThat(lenient.exitCode()).isZero();
    assertThat(lenient.out()).isEmpty();
  }

  @Test
  void inputThatIsNotJsonAtAllIsInvalidWithoutAStackTrace() throws Exception {
    for (byte[] bad :
        List.of(
            new byte[0],
            "   \n".getBytes(StandardCharsets.UTF_8),
            "\uFEFF{}".getBytes(StandardCharsets.UTF_8),
            new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2},
            "[1, 2, 3]".getBytes(StandardCharsets.UTF_8),
            "null".getBytes(StandardCharsets.UTF_8),
            "{\"events\": [{\"type\": \"meeting\"}]}".getBytes(StandardCharsets.UTF_8),
            "{\"events\": [{\"type\": \"séance\", \"id\": \"x\"}]}"
                .getBytes(StandardCharsets.UTF_8),
            "[".repeat(100_000).getBytes(StandardCharsets.UTF_8))) {
      Cli.Result run = Cli.input(bad, "validate", "-");
      assertThat(run.exitCode())
          .as(new String(bad, StandardCharsets.UTF_8) + "\n" + run.out() + run.err())
          .isEqualTo(1);
      assertThat(run.out()).startsWith("<stdin>").contains(" error json.");
      assertNoStackTrace(run);
    }
  }

  @Test
  void aMissingFileIsAnIoErrorButTheOtherFilesAreStillChecked() throws Exception {
    Path good = Dossiers.file(dir, "good.json", Dossiers.json(Dossiers.small()));
    Path missing = dir.resolve("missing.json");
    Cli.Result run = Cli.run("validate", missing.toString(), good.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("diplomacy: cannot read '" + missing + "': no such file")
        .contains(good + ": valid");
    assertNoStackTrace(run);
  }

  @Test
  void aDirectoryIsAnIoError() {
    Cli.Result run = Cli.run("validate", dir.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("it is a directory");
  }

  @Test
  void theWorstFileDecidesTheExitCode() throws Exception {
    Path good = Dossiers.file(dir, "good.json", Dossiers.json(Dossiers.small()));
    Path bad = Dossiers.file(dir, "bad.json", "{");
    assertThat(Cli.run("validate", good.toString(), bad.toString()).exitCode()).isEqualTo(1);
    assertThat(Cli.run("validate", bad.toString(), dir.resolve("none.json").toString()).exitCode())
        .isEqualTo(2);
  }

  @Test
  void wrongUsageExitsWithTwo() {
    for (String[] args :
        List.of(
            new String[] {"validate"},
            new String[] {"validate", "--bogus", "x.json"},
            new String[] {"validate", "--strict", "--lenient", "x.json"},
            new String[] {"validate", "--format", "xml", "x.json"},
            new String[] {"validate", "--input", "csv", "x.json"})) {
      Cli.Result run = Cli.run(args);
      assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(run.err()).startsWith("diplomacy: ").contains("Try 'diplomacy validate --help'");
      assertThat(run.out()).isEmpty();
      assertNoStackTrace(run);
    }
  }

  @Test
  void findingsAsJsonAreAnArrayOfObjects() throws Exception {
    Path unknown = Dossiers.file(dir, "unknown.json", withUnknownParticipant());
    Path broken = Dossiers.file(dir, "broken.json", "{\"formatVersion\": 1}");
    Cli.Result run = Cli.run("validate", "--format", "json", unknown.toString(), broken.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode findings = JsonMapper.shared().readTree(run.out());
    assertThat(findings.isArray()).isTrue();
    assertThat(findings.size()).isEqualTo(2);
    JsonNode first = findings.get(0);
    assertThat(first.propertyNames())
        .containsExactly("file", "line", "column", "severity", "code", "pointer", "message");
    assertThat(first.get("file").asString()).isEqualTo(unknown.toString());
    assertThat(first.get("line").isIntegralNumber()).isTrue();
    assertThat(first.get("severity").asString()).isEqualTo("error");
    assertThat(first.get("code").asString()).isEqualTo("dossier.reference.unresolved");
    assertThat(first.get("pointer").asString()).isEqualTo("/events/0/participants/1/actor");
    assertThat(findings.get(1).get("code").asString()).isEqualTo("json.type");
    assertThat(findings.get(1).get("pointer").asString()).isEqualTo("/formatVersion");
  }

  @Test
  void noFindingsAsJsonIsAnEmptyArray() throws Exception {
    Path file = Dossiers.file(dir, "small.json", Dossiers.json(Dossiers.small()));
    Cli.Result run = Cli.run("validate", "--format", "json", file.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(JsonMapper.shared().readTree(run.out()).isArray()).isTrue();
    assertThat(JsonMapper.shared().readTree(run.out()).size()).isZero();
  }

  @Test
  void whatIsNotKnownIsNullInJson() {
    String event = DiplomacyJson.strict().write(Dossiers.small().events().get(0));
    Cli.Result run =
        Cli.input(
            event + "\n" + event + "\n", "validate", "--format", "json", "--input", "ndjson", "-");
    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode findings = JsonMapper.shared().readTree(run.out());
    assertThat(findings.size()).isEqualTo(1);
    JsonNode finding = findings.get(0);
    assertThat(finding.get("file").asString()).isEqualTo("<stdin>");
    assertThat(finding.get("line").asInt()).isEqualTo(2);
    assertThat(finding.get("column").isNull()).isTrue();
    assertThat(finding.get("code").asString()).isEqualTo(Input.DUPLICATE_ID);
  }

  @Test
  void everyBadLineOfNdjsonIsReportedWithItsNumber() throws Exception {
    List<String> events =
        Dossiers.small().events().stream().map(e -> DiplomacyJson.strict().write(e)).toList();
    String ndjson =
        String.join(
                "\n",
                events.get(0),
                "{\"type\": \"meeting\", \"id\": ",
                events.get(1),
                "",
                "{\"type\": 3}",
                events
                    .get(0)
                    .replace("havana-talks", "other-talks")
                    .replace("\"2018-07-05\"", "\"2018-13\""),
                events.get(1))
            + "\n";
    Path file = Dossiers.file(dir, "events.ndjson", ndjson);
    Cli.Result run = Cli.run("validate", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    List<String> lines = run.out().lines().toList();
    assertThat(lines)
        .anySatisfy(l -> assertThat(l).startsWith(file + ":2:").contains("error json.syntax"));
    assertThat(lines)
        .anySatisfy(l -> assertThat(l).startsWith(file + ":5:").contains("error json."));
    assertThat(lines)
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith(file + ":6:")
                    .contains("error partialDate.invalid /when/date"));
    assertThat(lines)
        .anySatisfy(
            l ->
                assertThat(l)
                    .isEqualTo(
                        file
                            + ":7: error ndjson.id.duplicate /id: the id 'kim-greetings' is already used on line 3"));
    assertThat(lines).noneSatisfy(l -> assertThat(l).contains(":1:"));
    assertThat(run.err())
        .isEqualTo(file + ": invalid (3 events, 3 bad lines, 4 errors, 0 warnings)\n");
    assertNoStackTrace(run);
  }

  @Test
  void aFileOfNoEventCountsNoEventAndIsSaidToLookTabSeparatedOnce() throws Exception {
    String row = "870347520\t20181024\t201810\t2018\t2018.8027\tUSA\tUNITED STATES\n";
    Path file = Dossiers.file(dir, "export.ndjson", row.repeat(3));
    Cli.Result run = Cli.run("validate", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(file + ": invalid (0 events, 3 bad lines, 3 errors, 1 warning)\n");
    assertThat(run.out().lines().filter(l -> l.contains(Input.TAB_SEPARATED)))
        .containsExactly(
            file
                + ":1: warning input.tabSeparated: the input looks like tab-separated data, not"
                + " JSON: its first line holds tabs (ICEWS event files are read with --from icews)");
    Path dossier = Dossiers.file(dir, "export.json", row.repeat(3));
    Cli.Result asDossier = Cli.run("validate", dossier.toString());
    assertThat(asDossier.out()).contains("warning input.tabSeparated");
    Cli.Result plover = Cli.run("validate", "--from", "plover", dossier.toString());
    assertThat(plover.out()).contains("warning input.tabSeparated");
    Path json = Dossiers.file(dir, "bad.json", "{\"formatVersion\":\t1}\n");
    assertThat(Cli.run("validate", json.toString()).out()).doesNotContain("tabSeparated");
  }

  @Test
  void goodNdjsonIsValid() throws Exception {
    String ndjson =
        String.join(
            "\n",
            Dossiers.small().events().stream().map(e -> DiplomacyJson.strict().write(e)).toList());
    Path file = Dossiers.file(dir, "events.jsonl", ndjson);
    Cli.Result run = Cli.run("validate", file.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEqualTo(file + ": valid (2 events, 0 errors, 0 warnings)\n");
  }

  @Test
  void standardInputIsADossierUnlessToldItIsNdjson() {
    String event = DiplomacyJson.strict().write(Dossiers.small().events().get(0)) + "\n";
    assertThat(Cli.input(event, "validate", "-").exitCode()).isEqualTo(1);
    assertThat(Cli.input(event, "validate", "--input", "ndjson", "-").exitCode()).isZero();
    assertThat(Cli.input(Dossiers.json(Dossiers.small()), "validate", "-").exitCode()).isZero();
  }

  @Test
  void theExamplePipedBackInIsValid() {
    Cli.Result example = Cli.run("example");
    assertThat(example.exitCode()).isZero();
    Cli.Result run = Cli.input(example.outBytes(), "validate", "-");
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.err()).startsWith("<stdin>: valid (");
  }

  @Test
  void quietPrintsNoSummary() throws Exception {
    Path file = Dossiers.file(dir, "small.json", Dossiers.json(Dossiers.small()));
    Cli.Result run = Cli.run("validate", "--quiet", file.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(Cli.run("--quiet", "validate", file.toString()).err()).isEmpty();
  }

  @Test
  void progressIsShownOnATerminalOnly() throws Exception {
    String event = DiplomacyJson.strict().write(Dossiers.small().events().get(0));
    StringBuilder ndjson = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      ndjson.append(event.replace("havana-talks", "talks-" + i)).append('\n');
    }
    Path file = Dossiers.file(dir, "many.ndjson", ndjson.toString());
    byte[] none = new byte[0];
    Cli.Result shown = Cli.onTerminal(none, true, 2, "validate", file.toString());
    assertThat(shown.exitCode()).isZero();
    assertThat(shown.err())
        .isEqualTo(
            "\r"
                + file
                + ": 2 events read\r"
                + file
                + ": 4 events read\n"
                + file
                + ": valid (5 events, 0 errors, 0 warnings)\n");
    assertThat(Cli.onTerminal(none, true, 2, "validate", "--quiet", file.toString()).err())
        .isEmpty();
    assertThat(Cli.onTerminal(none, false, 2, "validate", file.toString()).err())
        .doesNotContain("events read");
  }
}

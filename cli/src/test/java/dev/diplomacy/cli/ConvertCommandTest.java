package dev.diplomacy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.json.DiplomacyJson;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {

  @TempDir Path dir;

  @Test
  void aDossierBecomesNdjsonOfEveryElementAndBackEqual() throws Exception {
    Dossier small = Dossiers.small();
    Path file = Dossiers.file(dir, "small.json", Dossiers.json(small));
    Cli.Result toNdjson = Cli.run("convert", file.toString(), "--to", "ndjson");
    assertThat(toNdjson.exitCode()).isZero();
    assertThat(toNdjson.err())
        .isEqualTo(file + ": 7 elements (2 events); 7 elements written (2 events)\n");
    List<String> lines = toNdjson.out().lines().toList();
    assertThat(lines)
        .hasSize(1 + small.actors().size() + small.sources().size() + small.events().size());
    assertThat(lines.get(0))
        .isEqualTo(
            "{\"type\":\"dossier\",\"formatVersion\":\""
                + Dossier.FORMAT_VERSION
                + "\",\"title\":\"Havana, 5 July 2018\"}");
    assertThat(DiplomacyJson.strict().read(lines.get(lines.size() - 1), Event.class))
        .isEqualTo(small.events().get(small.events().size() - 1));

    Path ndjson = Dossiers.file(dir, "small.ndjson", toNdjson.out());
    Cli.Result back = Cli.run("convert", ndjson.toString(), "--to", "dossier");
    assertThat(back.exitCode()).as(back.err()).isZero();
    assertThat(DiplomacyJson.strict().read(back.out(), Dossier.class)).isEqualTo(small);
    assertThat(back.out()).isEqualTo(Dossiers.json(small) + "\n");
    assertThat(back.err())
        .isEqualTo(
            ndjson + ": a dossier written (4 actors, 2 events, 0 relationships, 1 source)\n");
    assertThat(Cli.run("--quiet", "convert", ndjson.toString(), "--to", "dossier").err()).isEmpty();
    Cli.Result again = Cli.run("convert", ndjson.toString(), "--to", "ndjson");
    assertThat(again.out()).isEqualTo(toNdjson.out());
    assertThat(Cli.run("validate", ndjson.toString()).err())
        .isEqualTo(ndjson + ": valid (2 events, 0 errors, 0 warnings)\n");
  }

  @Test
  void anNdjsonFileOfEventsStillBecomesADossierOfItsEvents() throws Exception {
    Dossier small = Dossiers.small();
    StringBuilder events = new StringBuilder();
    small.events().forEach(e -> events.append(DiplomacyJson.strict().write(e)).append('\n'));
    Path ndjson = Dossiers.file(dir, "events.ndjson", events.toString());
    Cli.Result back = Cli.run("convert", ndjson.toString(), "--to", "dossier");
    assertThat(back.exitCode()).isZero();
    assertThat(DiplomacyJson.strict().read(back.out(), Dossier.class))
        .isEqualTo(Dossier.builder().addAllEvents(small.events()).build());
  }

  @Test
  void anIdUsedByAnActorAndAnEventOrAHeaderOutOfPlaceIsRefused() throws Exception {
    Dossier small = Dossiers.small();
    String event =
        DiplomacyJson.strict()
            .write(small.events().get(0))
            .replace("\"id\":\"havana-talks\"", "\"id\":\"" + small.actors().get(0).id() + "\"");
    Path twice = Dossiers.file(dir, "twice.ndjson", "\n" + actorLine(small) + "\n" + event + "\n");
    Cli.Result run = Cli.run("convert", twice.toString(), "--to", "dossier");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            twice
                + ":3: error ndjson.id.duplicate /id: the id '"
                + small.actors().get(0).id()
                + "' is already used on line 2\n");
    String header = "{\"type\":\"dossier\",\"formatVersion\":\"1.0\"}";
    Path late = Dossiers.file(dir, "late.ndjson", actorLine(small) + "\n" + header + "\n");
    Cli.Result lateRun = Cli.run("validate", late.toString());
    assertThat(lateRun.exitCode()).isEqualTo(1);
    assertThat(lateRun.out()).startsWith(late + ":2: error ndjson.header.notFirst /type:");
  }

  /** The first actor of the small dossier, as a line of NDJSON. */
  private static String actorLine(Dossier small) {
    return DiplomacyJson.strict().write(small.actors().get(0));
  }

  @Test
  void standardInputConvertsToo() {
    Dossier small = Dossiers.small();
    Cli.Result run = Cli.input(Dossiers.json(small), "convert", "-", "--to", "ndjson", "--quiet");
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    Cli.Result back =
        Cli.input(run.outBytes(), "convert", "--input", "ndjson", "-", "--to", "dossier");
    assertThat(back.exitCode()).isZero();
    assertThat(DiplomacyJson.strict().read(back.out(), Dossier.class).events())
        .isEqualTo(small.events());
  }

  @Test
  void aDossierConvertedToADossierIsTheSame() throws Exception {
    Dossier small = Dossiers.small();
    Path file = Dossiers.file(dir, "small.json", Dossiers.json(small));
    Cli.Result pretty = Cli.run("convert", file.toString(), "--to", "dossier", "--pretty");
    assertThat(pretty.exitCode()).isZero();
    assertThat(pretty.out()).isEqualTo(DiplomacyJson.strict().writePretty(small) + "\n");
    assertThat(DiplomacyJson.strict().read(pretty.out(), Dossier.class)).isEqualTo(small);
    Cli.Result compact = Cli.run("convert", file.toString(), "--to", "dossier");
    assertThat(compact.out()).isEqualTo(Dossiers.json(small) + "\n");
  }

  @Test
  void badLinesAreReportedAndNothingIsConverted() throws Exception {
    String good = DiplomacyJson.strict().write(Dossiers.small().events().get(0));
    Path file =
        Dossiers.file(
            dir, "bad.ndjson", good + "\n{oops}\n" + good.replace("havana-talks", "t2") + "\n[]\n");
    Cli.Result run = Cli.run("convert", file.toString(), "--to", "dossier");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines().toList())
        .hasSize(2)
        .satisfiesExactly(
            l -> assertThat(l).startsWith(file + ":2:").contains("error json.syntax"),
            l -> assertThat(l).startsWith(file + ":4:").contains("error json.type"));
    ValidateCommandTest.assertNoStackTrace(run);
  }

  @Test
  void anIdUsedOnTwoLinesIsRefusedAsValidateRefusesIt() throws Exception {
    String good = DiplomacyJson.strict().write(Dossiers.small().events().get(0));
    Path file = Dossiers.file(dir, "twice.ndjson", good + "\n" + good + "\n");
    assertThat(Cli.run("validate", file.toString()).exitCode()).isEqualTo(1);
    Cli.Result run = Cli.run("convert", file.toString(), "--to", "dossier");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    String duplicate =
        file
            + ":2: error ndjson.id.duplicate /id: the id 'havana-talks' is already used on"
            + " line 1\n";
    assertThat(run.err()).isEqualTo(duplicate);
    // NDJSON is written as it is read: the id used again is known once both lines are written
    Cli.Result streamed = Cli.run("convert", file.toString(), "--to", "ndjson");
    assertThat(streamed.exitCode()).isEqualTo(1);
    assertThat(streamed.out().lines()).hasSize(3);
    assertThat(streamed.err())
        .isEqualTo(
            duplicate
                + "diplomacy: "
                + file
                + ": 1 line with an id used before, found once every line was written: the output"
                + " holds them\n");
  }

  @Test
  void withSkipInvalidBadLinesAndIdsUsedAgainAreLeftOutAndCounted() throws Exception {
    List<Event> events = Dossiers.small().events();
    String first = DiplomacyJson.strict().write(events.get(0));
    String second = DiplomacyJson.strict().write(events.get(1));
    Path file =
        Dossiers.file(dir, "bad.ndjson", first + "\n{oops}\n" + first + "\n" + second + "\n");
    Cli.Result run = Cli.run("convert", file.toString(), "--to", "dossier", "--skip-invalid");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(DiplomacyJson.strict().read(run.out(), Dossier.class).events())
        .containsExactly(events.get(0), events.get(1));
    assertThat(run.err().lines())
        .satisfiesExactly(
            l -> assertThat(l).startsWith(file + ":2:").contains("error json.syntax"),
            l -> assertThat(l).startsWith(file + ":3: error ndjson.id.duplicate"),
            l ->
                assertThat(l)
                    .isEqualTo(
                        file
                            + ": 2 elements kept; skipped (--skip-bad): 1 bad line, 1 line with"
                            + " an id used before"),
            l ->
                assertThat(l)
                    .isEqualTo(
                        file
                            + ": a dossier written (0 actors, 2 events, 0 relationships, 0"
                            + " sources)"));
  }

  @Test
  void theTargetIsRequired() throws Exception {
    Path file = Dossiers.file(dir, "small.json", Dossiers.json(Dossiers.small()));
    Cli.Result none = Cli.run("convert", file.toString());
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("--to");
    assertThat(Cli.run("convert", file.toString(), "--to", "xml").exitCode()).isEqualTo(2);
    assertThat(Cli.run("convert", dir.resolve("none.json").toString(), "--to", "ndjson").exitCode())
        .isEqualTo(2);
  }
}

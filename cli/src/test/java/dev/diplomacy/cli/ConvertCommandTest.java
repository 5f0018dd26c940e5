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
  void aDossierBecomesNdjsonOfItsEventsAndBack() throws Exception {
    Dossier small = Dossiers.small();
    Path file = Dossiers.file(dir, "small.json", Dossiers.json(small));
    Cli.Result toNdjson = Cli.run("convert", file.toString(), "--to", "ndjson");
    assertThat(toNdjson.exitCode()).isZero();
    List<String> lines = toNdjson.out().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(DiplomacyJson.strict().read(lines.get(0), Event.class))
        .isEqualTo(small.events().get(0));
    assertThat(DiplomacyJson.strict().read(lines.get(1), Event.class))
        .isEqualTo(small.events().get(1));
    assertThat(toNdjson.err())
        .isEqualTo(
            file
                + ": 2 events written; 4 actors, 1 source and 0 relationships left out (NDJSON holds events only)\n");

    Path ndjson = Dossiers.file(dir, "events.ndjson", toNdjson.out());
    Cli.Result back = Cli.run("convert", ndjson.toString(), "--to", "dossier");
    assertThat(back.exitCode()).isZero();
    assertThat(DiplomacyJson.strict().read(back.out(), Dossier.class))
        .isEqualTo(Dossier.builder().addAllEvents(small.events()).build());
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
    assertThat(pretty.out().lines().count()).isGreaterThan(10);
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
    for (String target : List.of("dossier", "ndjson")) {
      Cli.Result run = Cli.run("convert", file.toString(), "--to", target);
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.out()).isEmpty();
      assertThat(run.err())
          .isEqualTo(
              file
                  + ":2: error ndjson.id.duplicate /id: the id 'havana-talks' is already used on"
                  + " line 1\n");
    }
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
                            + ": 2 events kept; skipped (--skip-invalid): 1 bad line, 1 line with"
                            + " an id used before"));
  }

  @Test
  void theTargetIsRequired() throws Exception {
    Path file = Dossiers.file(dir, "small.json", Dossiers.json(Dossiers.small()));
    Cli.Result none = Cli.run("convert", file.toString());
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("--to");
    assertThat(Cli.run("convert", file.toString(), "--to", "csv").exitCode()).isEqualTo(2);
    assertThat(Cli.run("convert", dir.resolve("none.json").toString(), "--to", "ndjson").exitCode())
        .isEqualTo(2);
  }
}

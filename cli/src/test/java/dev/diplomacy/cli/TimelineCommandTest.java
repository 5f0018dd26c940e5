package dev.diplomacy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.render.Timeline;
import dev.diplomacy.json.DiplomacyJson;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineCommandTest {

  @TempDir Path dir;

  @Test
  void theTimelineOfADossier() throws Exception {
    Dossier small = Dossiers.small();
    Path file = Dossiers.file(dir, "small.json", Dossiers.json(small));
    Cli.Result run = Cli.run("timeline", file.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(Timeline.of(small));
    assertThat(run.out().lines().toList())
        .hasSize(2)
        .satisfiesExactly(
            l ->
                assertThat(l).startsWith("2018-07").contains("Kim Jong-un").contains("Raúl Castro"),
            l ->
                assertThat(l)
                    .startsWith("2018-07-05")
                    .contains("Ri Su-yong")
                    .contains("Raúl Castro"));
    assertThat(run.err()).isEmpty();
  }

  @Test
  void theTimelineOfNdjsonFromStandardInput() {
    StringBuilder ndjson = new StringBuilder();
    Dossiers.small()
        .events()
        .forEach(e -> ndjson.append(DiplomacyJson.strict().write(e)).append('\n'));
    Cli.Result run = Cli.input(ndjson.toString(), "timeline", "--input", "ndjson", "-");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualTo(Timeline.of(Dossier.builder().addAllEvents(Dossiers.small().events()).build()));
  }

  @Test
  void invalidInputIsReportedOnStandardError() {
    Cli.Result run = Cli.input("{\"formatVersion\": \"one\"}", "timeline", "-");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("<stdin>:1:").contains("dossier.formatVersion.format");
    ValidateCommandTest.assertNoStackTrace(run);
  }

  @Test
  void aMissingFileExitsWithTwo() {
    Cli.Result run = Cli.run("timeline", dir.resolve("none.json").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo("diplomacy: cannot read '" + dir.resolve("none.json") + "': no such file\n");
  }
}

package dev.diplomacy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.render.DotGraph;
import dev.diplomacy.core.render.MermaidGraph;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphCommandTest {

  @TempDir Path dir;

  @Test
  void mermaidByDefault() throws Exception {
    Dossier small = Dossiers.small();
    Path file = Dossiers.file(dir, "small.json", Dossiers.json(small));
    Cli.Result run = Cli.run("graph", file.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(MermaidGraph.of(small));
    assertThat(run.out())
        .startsWith("flowchart LR\n")
        .contains("    raul_castro(\"Raúl Castro\")\n")
        .contains("    raul_castro -->|\"meeting 2018-07-05\"| ri_su_yong\n")
        .contains("    kim_jong_un -->|\"greetings 2018-07 via Ri Su-yong\"| raul_castro\n");
  }

  @Test
  void dotOnRequest() throws Exception {
    Dossier small = Dossiers.small();
    Path file = Dossiers.file(dir, "small.json", Dossiers.json(small));
    Cli.Result run = Cli.run("graph", "--format", "dot", file.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualTo(DotGraph.of(small))
        .startsWith("digraph")
        .contains("Raúl Castro");
    assertThat(Cli.run("graph", "--format", "DOT", file.toString()).out()).isEqualTo(run.out());
  }

  @Test
  void anUnknownFormatIsAUsageError() throws Exception {
    Path file = Dossiers.file(dir, "small.json", Dossiers.json(Dossiers.small()));
    Cli.Result run = Cli.run("graph", "--format", "svg", file.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("svg").contains("Try 'diplomacy graph --help'");
  }
}

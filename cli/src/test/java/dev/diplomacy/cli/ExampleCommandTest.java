package dev.diplomacy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.examples.ReferenceArticleDossier;
import dev.diplomacy.json.DiplomacyJson;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ExampleCommandTest {

  @Test
  void theReferenceArticleAsJson() {
    Cli.Result run = Cli.run("example");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).endsWith("}\n").doesNotContain("\n  ");
    assertThat(DiplomacyJson.strict().read(run.out(), Dossier.class))
        .isEqualTo(ReferenceArticleDossier.dossier());
    assertThat(run.err()).isEmpty();
  }

  @Test
  void prettyOnRequest() {
    Cli.Result run = Cli.run("example", "--pretty");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("\n  \"formatVersion\"");
    assertThat(DiplomacyJson.strict().read(run.out(), Dossier.class))
        .isEqualTo(ReferenceArticleDossier.dossier());
  }

  @Test
  void theOutputIsUtf8() {
    byte[] out = Cli.run("example").outBytes();
    assertThat(new String(out, StandardCharsets.UTF_8)).contains("Raúl Castro");
    byte[] raul = "Raúl".getBytes(StandardCharsets.UTF_8);
    assertThat(raul).containsExactly('R', 'a', 0xC3, 0xBA, 'l');
    assertThat(indexOf(out, raul)).isNotNegative();
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}

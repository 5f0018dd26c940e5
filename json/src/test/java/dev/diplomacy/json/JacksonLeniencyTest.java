package dev.diplomacy.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.json.format.DiplomacyJsonException;
import dev.diplomacy.json.format.Problem;
import dev.diplomacy.json.format.internal.Codes;
import dev.diplomacy.json.format.internal.InputLeniency;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The checks that refuse, on an older Jackson 3, what Jackson 3.3 refuses: tested here on whatever
 * Jackson runs (the reads themselves are tested on both by the rest of the suite).
 */
class JacksonLeniencyTest {

  @ParameterizedTest
  @CsvSource({
    "22 61 c0 af 22, 2", // overlong '/'
    "22 e0 80 80 22, 1",
    "22 f0 8f bf bf 22, 1",
    "22 f4 90 80 80 22, 1", // beyond U+10FFFF
    "22 f5 80 80 80 22, 1",
    "22 c3 a9 e2 82 ac f0 9f 98 80 22, -1", // é, €, an emoji: all UTF-8
    "22 ed a0 80 22, -1", // a surrogate: every Jackson refuses it
    "22 c0 41 22, -1", // not the shape of a sequence: every Jackson refuses it
    "22 ff c0 af 22, 1", // 0xFF first: the parser stops there
  })
  void findsTheFirstSequenceAnOlderJacksonWouldDecode(String hex, int at) {
    byte[] b = bytes(hex);
    assertThat(InputLeniency.firstBad(b, 0, b.length)).isEqualTo(at);
  }

  @Test
  void aSequenceCutAtTheEndIsLeftForMore() {
    byte[] b = bytes("22 61 e0 80");
    assertThat(InputLeniency.firstBad(b, 0, b.length)).isEqualTo(-2 - 2);
  }

  @Test
  void aStreamReplacesTheLeadByteEvenWhenTheSequenceComesInPieces() throws IOException {
    byte[] in = bytes("22 61 c0 af 62 e0 80 80 22");
    InputLeniency checks = InputLeniency.always();
    byte[] out = checks.checking(new OneByteAtATime(in)).readAllBytes();
    assertThat(HexFormat.ofDelimiter(" ").formatHex(out)).isEqualTo("22 61 ff af 62 ff 80 80 22");
    DiplomacyJsonException reworded =
        checks.reword(
            DiplomacyJsonException.of(
                new Problem(
                    "/title",
                    OptionalInt.of(1),
                    OptionalInt.of(4),
                    Codes.SYNTAX,
                    "the bytes are not UTF-8: 0xff cannot start a character")));
    assertThat(reworded.problems())
        .containsExactly(
            new Problem(
                "/title",
                OptionalInt.of(1),
                OptionalInt.of(4),
                Codes.SYNTAX,
                "the bytes are not UTF-8: 0xc0 0xaf is an overlong encoding of U+002F"));
  }

  @Test
  void findsALoneEscapedSurrogateInANameOnly() {
    assertThat(InputLeniency.loneSurrogateInName("{\"a\\ud800\":1}")).isEqualTo(3);
    assertThat(InputLeniency.loneSurrogateInName("{\"a\":\"\\ud800\"}")).isEqualTo(-1);
    assertThat(InputLeniency.loneSurrogateInName("{\"\\ud83d\\ude00\":1}")).isEqualTo(-1);
    assertThat(InputLeniency.loneSurrogateInName("{\"\\\\ud800\" : 1}")).isEqualTo(-1);
    assertThat(InputLeniency.loneSurrogateInName("{\"x\":\"\\\"\", \"\\udc00\"\n:1}"))
        .isEqualTo(12);
  }

  @Test
  void rewordsNothingWhenNothingWasReplaced() {
    DiplomacyJsonException e =
        DiplomacyJsonException.of(
            new Problem(
                "",
                OptionalInt.of(1),
                OptionalInt.of(2),
                Codes.SYNTAX,
                "the bytes are not UTF-8: 0xff cannot start a character"));
    InputLeniency checks = InputLeniency.always();
    byte[] plain = bytes("22 ff 22");
    assertThat(checks.bytes(plain)).isSameAs(plain);
    assertThat(checks.reword(e).problems()).isEqualTo(e.problems());
    assertThat(List.of(checks.text("{\"a\":1}"))).containsExactly("{\"a\":1}");
  }

  private static byte[] bytes(String hex) {
    return HexFormat.ofDelimiter(" ").parseHex(hex);
  }

  /** A stream that gives one byte a read, as a slow network does. */
  private static final class OneByteAtATime extends InputStream {
    private final ByteArrayInputStream in;

    OneByteAtATime(byte[] bytes) {
      this.in = new ByteArrayInputStream(bytes);
    }

    @Override
    public int read() {
      return in.read();
    }

    @Override
    public int read(byte[] b, int off, int len) {
      return len == 0 ? 0 : in.read(b, off, 1);
    }
  }
}

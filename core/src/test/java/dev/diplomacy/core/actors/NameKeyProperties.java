package dev.diplomacy.core.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The key of a name does not change with the ways news text varies a name. */
class NameKeyProperties {

  /** Letters of tokens: ASCII, digits, and some that case-map or fold in special ways. */
  private static final String LETTERS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ßłøæđı김정은дЖσςΣ";

  private static final String ASCII_LETTERS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

  /** Each ASCII vowel with a combining acute, grave or diaeresis. */
  private static final String ACCENTS = "\u0301\u0300\u0308";

  private static Gen<String> token(String alphabet) {
    return in -> {
      int n = Generate.range(1, 8).generate(in);
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < n; i++) {
        b.appendCodePoint(
            alphabet.codePointAt(
                alphabet.offsetByCodePoints(
                    0,
                    Generate.range(0, alphabet.codePointCount(0, alphabet.length()) - 1)
                        .generate(in))));
      }
      return b.toString();
    };
  }

  private static Gen<List<String>> tokens(String alphabet) {
    return in -> {
      int n = Generate.range(1, 4).generate(in);
      List<String> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        out.add(token(alphabet).generate(in));
      }
      return out;
    };
  }

  private static Gen<String> names(String alphabet) {
    return tokens(alphabet).map(t -> String.join(" ", t));
  }

  @Test
  void theAsciiPathGivesTheKeyOfTheFullSteps() {
    // Any ASCII text, controls and punctuation included, as short and long runs.
    Gen<String> ascii =
        in -> {
          int n = Generate.range(0, 40).generate(in);
          StringBuilder b = new StringBuilder();
          for (int i = 0; i < n; i++) {
            b.append((char) (int) Generate.range(0, 0x7F).generate(in));
          }
          return b.toString();
        };
    qt().withExamples(5_000)
        .forAll(ascii)
        .checkAssert(
            text -> assertThat(NameKey.asciiKey(text)).isEqualTo(NameKey.ofUnicode(text).value()));
    assertThat(NameKey.asciiKey("Raúl Castro")).isNull();
    assertThat(NameKey.of("Raúl Castro")).isEqualTo(NameKey.of("RAUL  castro"));
  }

  @Test
  void caseDoesNotMatter() {
    qt().forAll(names(LETTERS))
        .checkAssert(
            name -> {
              NameKey key = NameKey.of(name);
              assertThat(NameKey.of(name.toUpperCase(Locale.ROOT))).isEqualTo(key);
              assertThat(NameKey.of(name.toLowerCase(Locale.ROOT))).isEqualTo(key);
            });
  }

  @Test
  void acuteGraveAndDiaeresisOnVowelsDoNotMatter() {
    qt().forAll(names(ASCII_LETTERS), Generate.range(0, Integer.MAX_VALUE - 1), Generate.booleans())
        .checkAssert(
            (name, seed, composed) -> {
              String accented = accent(name, seed, composed);
              assertThat(NameKey.of(accented)).isEqualTo(NameKey.of(name));
            });
  }

  /** Adds an accent, chosen by the bits of {@code seed}, to some vowels of {@code name}. */
  private static String accent(String name, int seed, boolean composed) {
    StringBuilder b = new StringBuilder();
    int bits = seed;
    for (char c : name.toCharArray()) {
      b.append(c);
      if ("aeiouAEIOU".indexOf(c) >= 0) {
        if ((bits & 1) == 1) {
          b.append(ACCENTS.charAt(((bits >> 1) & 0x7fff) % 3));
        }
        bits = Integer.rotateRight(bits, 3);
      }
    }
    String decomposed = b.toString();
    return composed
        ? java.text.Normalizer.normalize(decomposed, java.text.Normalizer.Form.NFC)
        : decomposed;
  }

  @Test
  void aHyphenBetweenTokensIsLikeASpace() {
    qt().forAll(tokens(LETTERS).assuming(t -> t.size() >= 2), Generate.range(0, 2))
        .checkAssert(
            (tokens, at) -> {
              int gap = at % (tokens.size() - 1);
              StringBuilder hyphenated = new StringBuilder(tokens.get(0));
              for (int i = 1; i < tokens.size(); i++) {
                hyphenated.append(i - 1 == gap ? "-" : " ").append(tokens.get(i));
              }
              assertThat(NameKey.of(hyphenated.toString()))
                  .isEqualTo(NameKey.of(String.join(" ", tokens)));
            });
  }

  @Test
  void strayPunctuationAtTheEndDoesNotMatter() {
    qt().forAll(names(LETTERS), token("’.,\""))
        .checkAssert(
            (name, stray) -> assertThat(NameKey.of(name + stray)).isEqualTo(NameKey.of(name)));
  }

  @Test
  void aSuffixIsOneTokenHoweverSpelledAndKeepsTheNameApart() {
    // Names without a suffix among their words, which would be spelled short in the key.
    Gen<String> plain =
        names(LETTERS)
            .assuming(
                n ->
                    NameKey.of(n).tokens().stream()
                        .noneMatch(t -> t.equals("jr") || t.equals("sr")));
    qt().forAll(plain, Generate.pick(List.of("jr", "sr")), Generate.range(0, 3))
        .checkAssert(
            (name, suffix, spelling) -> {
              String written =
                  List.of(
                          suffix.toUpperCase(Locale.ROOT) + ".",
                          suffix.equals("jr") ? "Junior" : "Senior",
                          suffix.equals("jr") ? "Jnr" : "Snr",
                          ", " + suffix)
                      .get(spelling);
              NameKey key = NameKey.of(name + " " + written);
              assertThat(key).isEqualTo(NameKey.of(name + " " + suffix));
              assertThat(key.value()).endsWith(" " + suffix);
              assertThat(key.hasSuffix()).isTrue();
              assertThat(key.base()).isEqualTo(NameKey.of(name).value());
              assertThat(key).isNotEqualTo(NameKey.of(name));
            });
  }

  @Test
  void theKeyIsItsOwnKey() {
    qt().forAll(names(LETTERS))
        .checkAssert(
            name -> {
              NameKey key = NameKey.of(name);
              assertThat(NameKey.of(key.value())).isEqualTo(key);
            });
  }
}

package dev.diplomacy.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.diplomacy.core.validation.ValidationException;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "kim-jong-un",
        "icews-27823457",
        "a",
        "Z",
        "7",
        "KCNA",
        "wikidata:Q56226",
        "a.b_c:d-e",
        "123e4567-e89b-12d3-a456-426614174000",
      })
  void acceptsValidIds(String value) {
    Id id = Id.of(value);
    assertThat(id.value()).isEqualTo(value);
    assertThat(id).hasToString(value);
    assertThat(Id.isValid(value)).isTrue();
  }

  @Test
  void acceptsUpTo128Characters() {
    assertThat(Id.of("a".repeat(128)).value()).hasSize(128);
    assertThat(Id.isValid("a".repeat(129))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "-abc",
        "_a",
        ".a",
        ":a",
        "kim jong un",
        "kim-jong-un ",
        "raúl-castro",
        "김정은",
        "a/b",
        "a\nb",
        "a#b",
        "a+b"
      })
  void rejectsInvalidIdsNamingThem(String value) {
    assertThat(Id.isValid(value)).isFalse();
    assertThatThrownBy(() -> Id.of(value))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.codes()).containsExactly("id.format");
              assertThat(e.type()).isEqualTo("Id");
              assertThat(e.getMessage()).contains("'" + value + "'");
            });
  }

  @Test
  void theMessageNamesTheOffendingCharacterAndSuggestsASlug() {
    assertThat(messageOf("Kim Jong Un"))
        .isEqualTo(
            "Invalid id 'Kim Jong Un': the character at index 3, U+0020, is not allowed (an id is"
                + " 1 to 128 characters, ASCII letters and digits, then also . _ : or -); Id.slug"
                + " makes 'kim-jong-un' of it");
    assertThat(messageOf("raúl-castro"))
        .contains("the character at index 2, 'ú' (U+00FA), is not allowed")
        .endsWith("Id.slug makes 'raul-castro' of it");
    assertThat(messageOf("-x")).contains("it starts with '-' (U+002D), not an ASCII letter");
    assertThat(messageOf("a\uD83D\uDE00")).contains("index 1, '\uD83D\uDE00' (U+1F600)");
    assertThat(messageOf("a\uD83D")).contains("index 1, U+D83D,");
    assertThat(messageOf("")).contains("an id cannot be empty").doesNotContain("Id.slug");
    assertThat(messageOf("\u00e9\u00e9")).contains("'\u00e9\u00e9'").endsWith("'ee' of it");
    assertThat(messageOf("--")).doesNotContain("Id.slug");
    assertThat(messageOf("a".repeat(200)))
        .contains("it is 200 characters long, more than 128")
        .endsWith("Id.slug makes '" + "a".repeat(128) + "' of it");
  }

  /** Every invalid id's message names its first bad character, whose index it gives. */
  @Test
  void theNamedIndexIsTheFirstCharacterNotAllowed() {
    java.util.Random random = new java.util.Random(11);
    String alphabet = "ab09._:-/ #é\u00a0";
    for (int i = 0; i < 2_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = 1 + random.nextInt(8);
      for (int k = 0; k < n; k++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String value = b.toString();
      if (Id.isValid(value)) {
        assertThat(Id.of(value).value()).isEqualTo(value);
        continue;
      }
      int bad = 0;
      while (Id.isValid(value.substring(0, bad + 1))) {
        bad++;
      }
      String message = messageOf(value);
      assertThat(message)
          .as(value)
          .contains(bad == 0 ? "it starts with " : "the character at index " + bad + ",");
    }
  }

  private static String messageOf(String value) {
    try {
      Id.of(value);
    } catch (ValidationException e) {
      assertThat(e.codes()).containsExactly("id.format");
      return e.findings().get(0).message();
    }
    throw new AssertionError("'" + value + "' was accepted");
  }

  @Test
  void rejectsTooLongIds() {
    assertThatThrownBy(() -> Id.of("a".repeat(129)))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.codes()).containsExactly("id.format"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "Raúl Castro|raul-castro",
        "Raul Castro Ruz|raul-castro-ruz",
        "Kim Jong-un|kim-jong-un",
        "Kim Jong-Un|kim-jong-un",
        "Kim Jong Un|kim-jong-un",
        "Ri Su-yong’|ri-su-yong",
        "Nicolás Maduro|nicolas-maduro",
        "Bashar al-Assad|bashar-al-assad",
        "Workers' Party of Korea|workers-party-of-korea",
        "\"  --Syrian  Arab   Army--  \"|syrian-arab-army",
        "Kim Il-sung (1912–1994)|kim-il-sung-1912-1994",
        "ＫＣＮＡ|kcna",
      })
  void makesSlugsOfNames(String name, String slug) {
    assertThat(Id.slug(name)).isEqualTo(Id.of(slug));
  }

  @Test
  void slugsDoNotDependOnTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertThat(Id.slug("KIM IL-SUNG")).isEqualTo(Id.of("kim-il-sung"));
      assertThat(Id.slug("İSTANBUL")).isEqualTo(Id.of("istanbul"));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void aLongNameGivesAValidSlugOfAtMost128Characters() {
    Id slug = Id.slug("Kim Jong-un ".repeat(20));
    assertThat(slug.value())
        .hasSizeLessThanOrEqualTo(128)
        .doesNotEndWith("-")
        .startsWith("kim-jong-un-kim");
    assertThat(Id.isValid(slug.value())).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"김정은", "", "   ", "--", "’", "Ким Чен Ын"})
  void aNameWithoutAsciiLettersOrDigitsHasNoSlug(String name) {
    assertThatThrownBy(() -> Id.slug(name))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.codes()).containsExactly("id.slug.empty");
              assertThat(e.getMessage()).contains("'" + name + "'");
            });
  }

  @Test
  void randomIdsAreDistinctUuids() {
    Id a = Id.random();
    Id b = Id.random();
    assertThat(a).isNotEqualTo(b);
    assertThat(UUID.fromString(a.value())).hasToString(a.value());
    assertThat(Id.isValid(a.value())).isTrue();
  }

  @Test
  void comparesExactlyCaseIncluded() {
    assertThat(Id.of("KCNA")).isEqualTo(Id.of("KCNA")).hasSameHashCodeAs(Id.of("KCNA"));
    assertThat(Id.of("KCNA")).isNotEqualTo(Id.of("kcna")).isNotEqualTo("KCNA");
    assertThat(Id.of("a").compareTo(Id.of("b"))).isNegative();
    assertThat(Id.of("b").compareTo(Id.of("a"))).isPositive();
    assertThat(Id.of("a").compareTo(Id.of("a"))).isZero();
  }
}

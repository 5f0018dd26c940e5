package dev.diplomacy.core.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.diplomacy.core.validation.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NameTest {

  @Test
  void aNameWithoutLanguage() {
    Name n = Name.of("Kim Jong-un");
    assertThat(n.text()).isEqualTo("Kim Jong-un");
    assertThat(n.language()).isEmpty();
    assertThat(n).hasToString("Kim Jong-un");
  }

  @Test
  void aNameInALanguage() {
    Name n = Name.of("김정은", "ko");
    assertThat(n.text()).isEqualTo("김정은");
    assertThat(n.language()).contains("ko");
    assertThat(n).hasToString("김정은");
    assertThat(n)
        .isNotEqualTo(Name.of("김정은"))
        .isEqualTo(Name.builder().text("김정은").language("ko").build());
  }

  @Test
  void withCopies() {
    Name n = Name.of("Kim Jong-un");
    assertThat(n.withLanguage("en")).isEqualTo(Name.of("Kim Jong-un", "en"));
    assertThat(n.withText("Kim Jong Un")).isEqualTo(Name.of("Kim Jong Un"));
    assertThat(n).isEqualTo(Name.of("Kim Jong-un"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "\t",
        "\u00A0", // a no-break space
        "\u200B", // a zero-width space
        "\u2007\u202F", // figure and narrow no-break spaces
        "\u3000", // an ideographic space
        "\uFEFF", // a byte-order mark, as in a file's first name
        "\u200C\u200D \u2060", // zero-width non-joiner, joiner and word joiner
        "\u00AD", // a soft hyphen
        "\u200E\u202B", // direction marks
      })
  void blankTextIsRejected(String text) {
    assertThatThrownBy(() -> Name.of(text))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.codes()).containsExactly("name.text.blank"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u200BKim", "Kim\u00A0Jong-un", "\u00A0.", "\uD83C\uDDF0\uD83C\uDDF5"})
  void textWithSomethingVisibleIsNotBlank(String text) {
    assertThat(Name.of(text).text()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Kim\nJong-un", "Kim\r\nJong-un", "Kim\u2028Jong-un", "Kim Jong-un\n"})
  void lineBreaksAreRejected(String text) {
    assertThatThrownBy(() -> Name.of(text))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.codes()).containsExactly("name.text.lineBreak");
              assertThat(e.findings().get(0).path()).isEqualTo("text");
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ko", "zh-Hant", "pt-BR", "EN", "es-419", "ko-KP"})
  void languageTagsAreAccepted(String tag) {
    assertThat(Name.of("Kim", tag).language()).contains(tag);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "und", "en_US", "english!", "k", "en-", "-en", "ko KP"})
  void invalidLanguageTagsAreRejected(String tag) {
    assertThatThrownBy(() -> Name.of("Kim", tag))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.codes()).containsExactly("name.language.invalid");
              assertThat(e.findings().get(0).path()).isEqualTo("language");
              assertThat(e.getMessage()).contains("'" + tag + "'");
            });
  }

  @Test
  void everyBrokenRuleIsReported() {
    assertThatThrownBy(() -> Name.of("\n", "und"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.codes())
                    .containsExactly(
                        "name.text.blank", "name.text.lineBreak", "name.language.invalid"));
  }
}

package dev.diplomacy.core.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeyTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Kim Jong-Un | kim jong un",
        "Kim Jong-un | kim jong un",
        "Kim Jong Un | kim jong un",
        "Raúl Castro | raul castro",
        "Raul Castro Ruz | raul castro ruz",
        "Ri Su-yong’ | ri su yong",
        "Bashar-al Assad | bashar al assad",
        "Bashar al-Assad | bashar al assad",
        "'Nicolás  Maduro,' | nicolas maduro",
        "\"Sergei Lavrov.\" | sergei lavrov",
        "Workers' Party of Korea | workers party of korea",
        "Workersʼ Party | workers party",
        "Hawaiʻi | hawai i",
        "ＫＣＮＡ | kcna",
        "Lech Wałęsa | lech walesa",
        "Søren Kierkegaard | soren kierkegaard",
        "Straße | strasse",
        "Erdoğan | erdogan",
        "İstanbul | istanbul",
        "Ким Чен Ын | ким чен ын",
        "Ἀθῆναι | αθηναι",
        "Donald Trump Jr. | donald trump jr",
        "Donald Trump Junior | donald trump jr",
        "Donald Trump, Jnr | donald trump jr",
        "John Smith Sr. | john smith sr",
        "John Smith SENIOR | john smith sr",
        "John Smith Snr | john smith sr",
        "John Smith Ⅲ | john smith iii",
        "Junior | junior",
        "Junior Smith | junior smith",
      })
  void normalisesSpellings(String mention, String key) {
    assertThat(NameKey.of(mention).value()).isEqualTo(key);
  }

  @Test
  void keepsHangul() {
    assertThat(NameKey.of("김정은").value()).isEqualTo("김정은");
    assertThat(NameKey.of(" 김정은 위원장 ").value()).isEqualTo("김정은 위원장");
  }

  @Test
  void keepsMarksThatArePartOfTheLettersOfOtherScripts() {
    // ガ (ga) and カ (ka) are different syllables; Devanagari vowel signs are letters' parts.
    assertThat(NameKey.of("ガ").value()).isEqualTo("ガ");
    assertThat(NameKey.of("ガ")).isNotEqualTo(NameKey.of("カ"));
    assertThat(NameKey.of("मोदी").value()).isEqualTo("मोदी");
    assertThat(NameKey.of("मोदी")).isNotEqualTo(NameKey.of("मद"));
  }

  @Test
  void dropsArabicVowelMarks() {
    assertThat(NameKey.of("مُحَمَّد")).isEqualTo(NameKey.of("محمد"));
  }

  @Test
  void aMentionWithoutLettersOrDigitsHasTheEmptyKey() {
    assertThat(NameKey.of("").value()).isEmpty();
    assertThat(NameKey.of(" — ’. ").value()).isEmpty();
    assertThat(NameKey.of("\u0301").value()).isEmpty();
  }

  @Test
  void equalsHashCodeAndToStringFollowTheValue() {
    NameKey a = NameKey.of("Raúl Castro");
    NameKey b = NameKey.of("RAUL-CASTRO");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(NameKey.of("Fidel Castro"));
    assertThat(a).hasToString("raul castro");
    assertThat(a.tokens()).containsExactly("raul", "castro");
    assertThat(NameKey.of("").tokens()).isEmpty();
  }
}

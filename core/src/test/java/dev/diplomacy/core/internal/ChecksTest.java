package dev.diplomacy.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.diplomacy.core.validation.Finding;
import dev.diplomacy.core.validation.ValidationException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChecksTest {

  @Test
  void throwsNothingWhenEveryRuleHolds() {
    Checks c =
        Checks.of("Meeting").require(true, "participants", "meeting.participants.distinct", "m");
    assertThat(c.isEmpty()).isTrue();
    assertThatCode(c::throwIfAny).doesNotThrowAnyException();
  }

  @Test
  void collectsEveryBrokenRuleThenThrowsOnce() {
    Checks c =
        Checks.of("Meeting")
            .require(false, "participants", "meeting.participants.distinct", "needs two")
            .require(true, "place", "meeting.place.x", "fine")
            .text(" ", "summary", "meeting.summary.blank")
            .addAll(List.of(Finding.warning("extensions[X]", "meeting.extensions.key", "bad key")));
    assertThat(c.isEmpty()).isFalse();
    assertThatThrownBy(c::throwIfAny)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.type()).isEqualTo("Meeting");
              assertThat(e.codes())
                  .containsExactly(
                      "meeting.participants.distinct",
                      "meeting.summary.blank",
                      "meeting.extensions.key");
              assertThat(e.findings())
                  .extracting(Finding::path)
                  .containsExactly("participants", "summary", "extensions[X]");
              assertThat(e.findings().get(1).message()).isEqualTo("summary must not be blank");
            });
  }

  @Test
  void textIsBlankWhenItShowsNothing() {
    // White space of every kind (the no-break spaces too) and invisible format characters.
    for (String blank :
        List.of("", " \t\n", "\u00A0", "\u200B", "\u3000\u2007", "\uFEFF\u200D", "\u00AD")) {
      assertThat(Checks.isBlank(blank))
          .as("U+%04X...", blank.isEmpty() ? 0 : (int) blank.charAt(0))
          .isTrue();
    }
    // Anything visible, a letter, a mark, a symbol or an emoji, is not; nor is a lone surrogate.
    for (String text :
        List.of("x", "\u200Bx", "x\u00A0", "\u0301", "\uD83D\uDE00", "\uD83C", "\u0000")) {
      assertThat(Checks.isBlank(text)).as(text).isFalse();
    }
    assertThatThrownBy(
            () -> Checks.of("Name").text("\u00A0\u200B", "text", "name.text.blank").throwIfAny())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.codes()).containsExactly("name.text.blank"));
    assertThatThrownBy(
            () ->
                Checks.of("Person")
                    .texts(List.of("Kim", "\u200B"), "names", "x.blank")
                    .throwIfAny())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.findings()).extracting(Finding::path).containsExactly("names[1]"));
  }

  @Test
  void textsPointAtEachBlankElement() {
    assertThatThrownBy(
            () ->
                Checks.of("Person")
                    .texts(List.of("Kim", "", "Ri", "\t"), "names", "person.names.blank")
                    .throwIfAny())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.codes()).containsExactly("person.names.blank", "person.names.blank");
              assertThat(e.findings())
                  .extracting(Finding::path)
                  .containsExactly("names[1]", "names[3]");
            });
    assertThat(Checks.of("Person").texts(List.of("Kim"), "names", "c").isEmpty()).isTrue();
  }

  @Test
  void textThatIsNotValidUnicodeIsAnErrorNamingTheSurrogateAndWhereItIs() {
    // U+D83C is the first half of an emoji: text cut in the middle of a flag ends so.
    assertThatThrownBy(
            () ->
                Checks.of("Citation")
                    .text("Pyongyang \uD83C", "quote", "citation.quote.blank")
                    .throwIfAny())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.codes()).containsExactly(Checks.UNICODE);
              assertThat(e.findings().get(0).path()).isEqualTo("quote");
              assertThat(e.findings().get(0).message())
                  .isEqualTo(
                      "quote is not valid Unicode: it has a lone surrogate (\\uD83C) at index 10");
            });
  }

  @Test
  void pairedSurrogatesAreValidUnicodeAndLoneOnesAreNot() {
    assertThat(Checks.loneSurrogate("flag \uD83C\uDDF0\uD83C\uDDF5")).isEqualTo(-1);
    assertThat(Checks.loneSurrogate("")).isEqualTo(-1);
    assertThat(Checks.loneSurrogate("\uDC00")).isZero();
    assertThat(Checks.loneSurrogate("ab\uD800")).isEqualTo(2);
    assertThat(Checks.loneSurrogate("a\uDDF5\uD83C")).isEqualTo(1); // a pair the wrong way round
    assertThat(Checks.loneSurrogate("\uD83C\uDDF0\uD83C")).isEqualTo(2);
    assertThat(Checks.of("X").text(Optional.empty(), "quote", "x.blank").isEmpty()).isTrue();
    assertThat(Checks.of("X").texts(List.of("a", "b\uD800"), "notes", "x.blank").isEmpty())
        .isFalse();
  }

  @Test
  void uniquePointsAtEachRepeat() {
    assertThatThrownBy(
            () ->
                Checks.of("Meeting")
                    .unique(
                        List.of("kim", "ri", "kim", "kim"),
                        "participants",
                        "meeting.participants.unique",
                        "participant")
                    .throwIfAny())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.findings())
                  .extracting(Finding::path)
                  .containsExactly("participants[2]", "participants[3]");
              assertThat(e.findings().get(0).message())
                  .isEqualTo("participant kim is listed twice");
            });
    assertThat(
            Checks.of("Meeting").unique(List.of("kim", "ri"), "participants", "c", "p").isEmpty())
        .isTrue();
  }

  @Test
  void uniqueByAKeyComparesTheKeysAndNamesTheRepeatedKey() {
    // Two elements take a path of their own, without a set: the same findings as three.
    for (List<String> quotes :
        List.of(List.of("kcna: a", "kcna: b"), List.of("kcna: a", "kcna: b", "rodong: c"))) {
      assertThatThrownBy(
              () ->
                  Checks.of("Meeting")
                      .unique(
                          quotes,
                          q -> q.substring(0, q.indexOf(':')),
                          "citations",
                          "meeting.citations.duplicate",
                          "the source")
                      .throwIfAny())
          .isInstanceOfSatisfying(
              ValidationException.class,
              e -> {
                assertThat(e.findings()).extracting(Finding::path).containsExactly("citations[1]");
                assertThat(e.findings().get(0).message())
                    .isEqualTo("the source kcna is listed twice");
              });
    }
    assertThat(
            Checks.of("Meeting")
                .unique(List.of("kcna: a", "rodong: b"), q -> q.substring(0, 4), "c", "d", "s")
                .isEmpty())
        .isTrue();
  }

  @Test
  void keepsTheFirstHundredFindingsAndCountsTheRestWithoutMakingTheirMessages() {
    Checks checks = Checks.of("Thing");
    int[] messagesMade = {0};
    for (int i = 0; i < 1000; i++) {
      int n = i;
      checks.require(
          false,
          "items[" + i + "]",
          "thing.items.bad",
          () -> {
            messagesMade[0]++;
            return "item " + n + " is bad";
          });
    }
    checks.texts(List.of(" ", " "), "names", "thing.names.blank");
    assertThat(messagesMade[0]).isEqualTo(Checks.MAX_FINDINGS);
    assertThatThrownBy(checks::throwIfAny)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.findings()).hasSize(Checks.MAX_FINDINGS);
              assertThat(e.findings().get(99).path()).isEqualTo("items[99]");
              assertThat(e.omitted()).isEqualTo(1002 - Checks.MAX_FINDINGS);
              assertThat(e.getMessage())
                  .startsWith("Invalid Thing (1002 problems, the first 100 listed):");
            });
  }
}

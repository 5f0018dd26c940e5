package dev.diplomacy.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FindingTest {

  @Test
  void errorsAndWarnings() {
    Finding e =
        Finding.error("participants", "meeting.participants.distinct", "needs two participants");
    assertThat(e.severity()).isEqualTo(Severity.ERROR);
    assertThat(e.isError()).isTrue();
    assertThat(e.path()).isEqualTo("participants");
    assertThat(e.code()).isEqualTo("meeting.participants.distinct");
    assertThat(e.message()).isEqualTo("needs two participants");
    Finding w = Finding.warning("", "event.date.late", "reported long after");
    assertThat(w.severity()).isEqualTo(Severity.WARNING);
    assertThat(w.isError()).isFalse();
    assertThat(w)
        .isEqualTo(new Finding("", "event.date.late", Severity.WARNING, "reported long after"));
  }

  @Test
  void atJoinsAPropertyPathWithADot() {
    Finding f = Finding.error("envoy", "message.envoy.notSender", "m").at("events[2]");
    assertThat(f.path()).isEqualTo("events[2].envoy");
    assertThat(f.code()).isEqualTo("message.envoy.notSender");
    assertThat(f.message()).isEqualTo("m");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void atJoinsAnIndexWithoutADot() {
    assertThat(Finding.error("[1]", "c", "m").at("participants").path())
        .isEqualTo("participants[1]");
    assertThat(Finding.error("[0].name", "c", "m").at("actors[3].names").path())
        .isEqualTo("actors[3].names[0].name");
  }

  @Test
  void atNestsStepByStep() {
    Finding f = Finding.warning("[0]", "c", "m").at("names").at("actors[3]").at("dossier");
    assertThat(f.path()).isEqualTo("dossier.actors[3].names[0]");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void aFindingOnTheWholeValueTakesThePrefixAsItsPath() {
    assertThat(Finding.error("", "place.empty", "m").at("events[0].place").path())
        .isEqualTo("events[0].place");
  }

  @Test
  void anEmptyPrefixChangesNothing() {
    Finding f = Finding.error("envoy", "c", "m");
    assertThat(f.at("")).isSameAs(f);
  }

  @Test
  void toStringShowsSeverityPathCodeAndMessage() {
    assertThat(Finding.error("participants[1]", "meeting.participants.distinct", "listed twice"))
        .hasToString("ERROR participants[1] meeting.participants.distinct: listed twice");
    assertThat(Finding.warning("", "place.vague", "only a country"))
        .hasToString("WARNING (value) place.vague: only a country");
  }
}

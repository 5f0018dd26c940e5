package dev.diplomacy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.validation.Severity;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class DiagnosticTest {

  @Test
  void oneLineWithFileLineColumnSeverityCodePointerAndMessage() {
    Diagnostic d =
        new Diagnostic(
            "d.json",
            OptionalLong.of(3),
            OptionalInt.of(14),
            Severity.ERROR,
            "json.type",
            Optional.of("/events/0/id"),
            "expected a string");
    assertThat(d.toText())
        .isEqualTo("d.json:3:14: error json.type /events/0/id: expected a string");
  }

  @Test
  void whatIsNotKnownIsLeftOut() {
    Diagnostic d =
        new Diagnostic(
            "<stdin>",
            OptionalLong.empty(),
            OptionalInt.empty(),
            Severity.WARNING,
            "dossier.event.noSource",
            Optional.of(""),
            "no source");
    assertThat(d.toText())
        .isEqualTo("<stdin>: warning dossier.event.noSource (document): no source");
  }

  @Test
  void aProblemOfAnImportedRowHasALineButNoPointer() {
    Diagnostic d =
        new Diagnostic(
            "day.tab",
            OptionalLong.of(4),
            OptionalInt.empty(),
            Severity.ERROR,
            "icews.date.invalid",
            Optional.empty(),
            "bad date");
    assertThat(d.toText()).isEqualTo("day.tab:4: error icews.date.invalid: bad date");
  }

  @Test
  void controlCharactersCannotDriveTheTerminal() {
    Diagnostic d =
        new Diagnostic(
            "a\u001b[31m.json",
            OptionalLong.of(1),
            OptionalInt.empty(),
            Severity.ERROR,
            "json.unknownProperty",
            Optional.of("/x\ny"),
            "bad \u0007 name\nhere");
    assertThat(d.toText())
        .isEqualTo("a\\u001b[31m.json:1: error json.unknownProperty /x y: bad \\u0007 name here");
  }
}

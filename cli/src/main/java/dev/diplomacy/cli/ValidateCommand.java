package dev.diplomacy.cli;

import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.validation.Finding;
import dev.diplomacy.json.DiplomacyJson;
import dev.diplomacy.json.format.DiplomacyJsonException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code diplomacy validate}: every finding about dossiers and NDJSON files, one a line. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Checks dossiers and NDJSON files, and prints every finding.",
      "",
      "Reads dossiers (.json) and NDJSON files (.ndjson, .jsonl: a dossier's lines, or events), and"
          + " prints every finding on standard output, one a line: file, line where known, severity,"
          + " code, JSON Pointer, message.",
      "",
      "A dossier is checked as JSON, then by the library's rules across it (references that resolve,"
          + " replies, dates, sources). In NDJSON, every bad line is reported with its line number and"
          + " skipped (a header that is not the first line among them), every good line (a header,"
          + " actor, source, relationship or event) is checked, and an id used on two lines is an"
          + " error, reported once every line is read; references across lines are not resolved.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  diplomacy validate dossier.json events.ndjson",
      "  diplomacy validate --format json dossier.json",
      "  cat events.ndjson | diplomacy validate --input ndjson -"
    })
final class ValidateCommand extends Subcommand {

  @Mixin InputOptions input = new InputOptions();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description =
          "How findings are printed: text (one a line) or json (an array of objects {file, line, column, severity, code, pointer, message}); default: ${DEFAULT-VALUE}.")
  DiagnosticPrinter.Format format = DiagnosticPrinter.Format.TEXT;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description =
          "Dossiers and NDJSON files to check; - reads standard input (a dossier, unless --input ndjson).")
  List<String> files = new ArrayList<>();

  @Override
  int run(Terminal terminal) {
    DiplomacyJson json = input.json();
    DiagnosticPrinter printer = DiagnosticPrinter.of(format, terminal.text());
    int exit = ExitCodes.OK;
    for (String name : files) {
      Input in = input.input(name);
      try {
        Tally tally = new Tally(printer);
        OptionalLong events =
            in.isImport()
                ? validateImport(terminal, in, tally)
                : in.kind() == Input.Kind.NDJSON
                    ? validateNdjson(terminal, json, in, tally)
                    : validateDossier(terminal, json, in, tally);
        if (tally.errors > 0) {
          in.tabSeparatedHint().ifPresent(tally::add);
          exit = Math.max(exit, ExitCodes.INVALID);
        }
        if (!quiet()) {
          terminal.text().flush();
          terminal.err().println(tally.summary(in.label(), events));
        }
      } catch (CliException e) {
        terminal.text().flush();
        terminal.err().println("diplomacy: " + e.getMessage());
        exit = Math.max(exit, e.exitCode());
      } catch (InvalidInputException e) {
        e.diagnostics().forEach(printer::print);
        exit = Math.max(exit, ExitCodes.INVALID);
      }
    }
    printer.finish();
    return exit;
  }

  /**
   * Checks a dossier: as JSON, then by the library's rules. Returns how many events it holds, when
   * it could be read.
   */
  private OptionalLong validateDossier(Terminal terminal, DiplomacyJson json, Input in, Tally tally)
      throws CliException {
    byte[] bytes = in.readAll(terminal, json.limits().maxDocumentLength());
    Dossier dossier;
    try {
      dossier = json.read(bytes, Dossier.class);
    } catch (DiplomacyJsonException e) {
      in.diagnostics(e).forEach(tally::add);
      return OptionalLong.empty();
    }
    List<Finding> findings = dossier.validate().findings();
    Set<String> pointers = new HashSet<>();
    for (Finding f : findings) {
      pointers.add(JsonPointers.fromJavaPath(f.path()));
    }
    Locations locations =
        findings.isEmpty() ? null : Locations.find(json.mapper(), bytes, pointers);
    for (Finding f : findings) {
      String pointer = JsonPointers.fromJavaPath(f.path());
      OptionalLong line = locations == null ? OptionalLong.empty() : locations.line(pointer);
      OptionalInt column = locations == null ? OptionalInt.empty() : locations.column(pointer);
      tally.add(Diagnostic.of(in.label(), f, pointer, line, column));
    }
    return OptionalLong.of(dossier.events().size());
  }

  /**
   * Checks an ICEWS, PLOVER or GDELT input as its importer streams it, in memory bounded by its
   * actors: every problem of the import (a rejected row or record is an error) as it is found.
   * Returns how many events it holds; the summary accounts for every row.
   */
  private OptionalLong validateImport(Terminal terminal, Input in, Tally tally)
      throws CliException, InvalidInputException {
    Elements.Summary read =
        Elements.read(
            in,
            terminal,
            DiplomacyJson.strict(),
            Progress.of(terminal, in.label(), "read", quiet()),
            false,
            (element, line) -> {},
            tally::add);
    tally.rows = read.counts().map(Object::toString).orElse("");
    return OptionalLong.of(read.events());
  }

  /**
   * Checks an NDJSON input line by line: its bad lines (a misplaced header among them), and then
   * the ids used on two lines by any elements, found in bounded memory ({@link DuplicateIds}).
   * Returns how many good events it read.
   */
  private OptionalLong validateNdjson(Terminal terminal, DiplomacyJson json, Input in, Tally tally)
      throws CliException, InvalidInputException {
    Elements.Summary read =
        Elements.read(
            in,
            terminal,
            json,
            Progress.of(terminal, in.label(), "read", quiet()),
            false,
            (element, line) -> {},
            tally::add);
    tally.badLines = read.badLines();
    return OptionalLong.of(read.events());
  }

  /** Prints findings and counts them. */
  private static final class Tally {
    private final DiagnosticPrinter printer;
    int errors;
    int warnings;
    long badLines;
    String rows = "";

    Tally(DiagnosticPrinter printer) {
      this.printer = printer;
    }

    void add(Diagnostic d) {
      printer.print(d);
      if (d.isError()) {
        errors++;
      } else {
        warnings++;
      }
    }

    /**
     * {@code file.json: invalid (12 events, 2 errors, 1 warning)}: the good events when known, and
     * the bad lines of NDJSON, which are no events, when there are any; for an import, how every
     * row ended: {@code day.tab: valid (2,145 events, 0 errors, 0 warnings; 2,359 rows: 2,145
     * imported, 214 merged, 0 rejected; 0 warnings)}.
     */
    String summary(String label, OptionalLong events) {
      return String.format(
          Locale.ROOT,
          "%s: %s (%s%s%s, %s%s)",
          Diagnostic.printable(label),
          errors == 0 ? "valid" : "invalid",
          events.isPresent() ? Diagnostic.count(events.getAsLong(), "event") + ", " : "",
          badLines > 0 ? Diagnostic.count(badLines, "bad line") + ", " : "",
          Diagnostic.count(errors, "error"),
          Diagnostic.count(warnings, "warning"),
          rows.isEmpty() ? "" : "; " + rows);
    }
  }
}

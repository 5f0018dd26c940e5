package dev.diplomacy.cli;

import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.dossier.DossierElement;
import dev.diplomacy.core.validation.Severity;
import dev.diplomacy.json.DiplomacyJson;
import dev.diplomacy.json.NdjsonWriter;
import dev.diplomacy.json.format.DiplomacyJsonException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Writes dossiers to standard output, as JSON or NDJSON, in UTF-8. A value that JSON cannot carry
 * (an extension named like a property) is the input's fault: an {@link InvalidInputException}.
 */
final class Output {

  private Output() {}

  /** Writes {@code dossier} as one JSON document and a line break; {@code pretty}: indented. */
  static void writeDossier(
      Terminal terminal, DiplomacyJson json, Dossier dossier, boolean pretty, String label)
      throws InvalidInputException {
    terminal.text().flush();
    try {
      if (pretty) {
        json.writePretty(dossier, terminal.out());
      } else {
        json.write(dossier, terminal.out());
      }
      terminal.out().write('\n');
      terminal.out().flush();
    } catch (DiplomacyJsonException e) {
      throw unwritable(label, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes {@code dossier} as a dossier's NDJSON: its header, then its actors, sources,
   * relationships and events, each on a line of its own, with progress on a terminal.
   */
  static void writeNdjson(
      Terminal terminal, DiplomacyJson json, Dossier dossier, Progress progress, String label)
      throws InvalidInputException {
    terminal.text().flush();
    try (NdjsonWriter<DossierElement> writer =
        NdjsonWriter.ofDossier(json, dossier, terminal.out())) {
      for (List<? extends DossierElement> family :
          List.of(dossier.actors(), dossier.sources(), dossier.relationships(), dossier.events())) {
        for (DossierElement element : family) {
          writer.write(element);
          progress.add();
        }
      }
    } catch (DiplomacyJsonException e) {
      throw unwritable(label, e);
    } finally {
      progress.finish();
    }
  }

  static InvalidInputException unwritable(String label, DiplomacyJsonException e) {
    return new InvalidInputException(
        e.problems().stream()
            .map(
                p ->
                    new Diagnostic(
                        label,
                        OptionalLong.empty(),
                        OptionalInt.empty(),
                        Severity.ERROR,
                        p.code(),
                        Optional.of(p.pointer()),
                        "cannot be written: " + p.message()))
            .toList());
  }
}

package dev.diplomacy.cli;

import dev.diplomacy.json.DiplomacyJson;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** How a command reads its input: which format, how strictly. */
final class InputOptions {

  /** The format of an input. */
  enum Format {
    /**
     * By the file's name: NDJSON for {@code .ndjson} and {@code .jsonl}, ICEWS for {@code .tab} and
     * {@code .tsv}, GDELT for {@code .export.CSV} and {@code .export.CSV.zip}, a dossier otherwise
     * and for standard input.
     */
    AUTO,
    /** A dossier: one JSON document. */
    DOSSIER,
    /** NDJSON: a dossier's lines (a header, then one element per line), or one event per line. */
    NDJSON,
    /** ICEWS event data: tab-separated, as published, read by {@code IcewsImporter}. */
    ICEWS,
    /** PLOVER records: a JSON array or JSON lines, read by {@code PloverImporter}. */
    PLOVER,
    /**
     * GDELT 2.0 events: an export file ({@code .export.CSV}) or its zip, read by {@code
     * GdeltImporter}.
     */
    GDELT
  }

  @Option(
      names = {"--input", "--from"},
      paramLabel = "FORMAT",
      defaultValue = "auto",
      // One file pattern a line: picocli wraps text where a line may break, and a line may break
      // after a dot, which would print ".tab" as "." and "tab" on two lines.
      description = {
        "The format of the input (default: ${DEFAULT-VALUE}):",
        "auto: by the file's name:",
        "  .ndjson and .jsonl: NDJSON;",
        "  .tab and .tsv: ICEWS, as ICEWS publishes it;",
        "  *.export.CSV and *.export.CSV.zip (any case):",
        "    GDELT, as GDELT publishes it;",
        "  other files and - (standard input): a dossier.",
        "dossier: one JSON document;",
        "ndjson: a dossier's lines, or one event a line;",
        "icews: ICEWS event data (tab-separated);",
        "plover: PLOVER records (JSON array or lines);",
        "gdelt: GDELT 2.0 events (61 tab-separated",
        "  columns, no header), plain or zipped."
      })
  Format format = Format.AUTO;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  @Nullable Strictness strictness;

  /** Strict or lenient reading, one or the other. */
  static final class Strictness {
    @Option(
        names = "--strict",
        description = "Refuse unknown properties and event types (the default).")
    boolean strict;

    @Option(
        names = "--lenient",
        description =
            "Keep unknown properties and event types, as a newer version of the format may write them.")
    boolean lenient;
  }

  /** The reader: lenient with {@code --lenient}, strict otherwise. */
  DiplomacyJson json() {
    return strictness != null && strictness.lenient
        ? DiplomacyJson.lenient()
        : DiplomacyJson.strict();
  }

  /** The input named {@code name} on the command line, {@code -} for standard input. */
  Input input(String name) {
    return Input.named(name, format);
  }
}

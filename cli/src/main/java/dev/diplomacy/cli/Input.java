package dev.diplomacy.cli;

import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.dossier.DossierElement;
import dev.diplomacy.core.validation.Severity;
import dev.diplomacy.interop.ImportProblem;
import dev.diplomacy.interop.ImportStream;
import dev.diplomacy.interop.gdelt.GdeltImporter;
import dev.diplomacy.interop.icews.IcewsImporter;
import dev.diplomacy.interop.plover.PloverImporter;
import dev.diplomacy.json.DiplomacyJson;
import dev.diplomacy.json.format.DiplomacyJsonException;
import dev.diplomacy.json.format.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * An input named on the command line: a file, or {@code -} for standard input; a dossier or NDJSON.
 * Reading it turns every failure into a {@link CliException} (it cannot be read) or an {@link
 * InvalidInputException} (what it holds is not valid).
 */
final class Input {

  /** The name of standard input on the command line. */
  static final String STDIN = "-";

  /**
   * The code of an id given to two elements of one NDJSON input: ids are unique across actors,
   * events, relationships and sources, as in a dossier ({@code dossier.id.duplicate}).
   */
  static final String DUPLICATE_ID = "ndjson.id.duplicate";

  /** The code of the hint that an input read as JSON looks like tab-separated data. */
  static final String TAB_SEPARATED = "input.tabSeparated";

  /** The format of an input, once known. */
  enum Kind {
    DOSSIER,
    NDJSON,
    ICEWS,
    PLOVER,
    GDELT
  }

  private final String name;
  private final Kind kind;

  /** The start of the input's first line, once it is opened. */
  private @Nullable FirstLine firstLine;

  private Input(String name, Kind kind) {
    this.name = name;
    this.kind = kind;
  }

  /**
   * The input named {@code name}, in {@code format} ({@link InputOptions.Format#AUTO}: by its
   * name).
   */
  static Input named(String name, InputOptions.Format format) {
    Kind kind =
        switch (format) {
          case DOSSIER -> Kind.DOSSIER;
          case NDJSON -> Kind.NDJSON;
          case ICEWS -> Kind.ICEWS;
          case PLOVER -> Kind.PLOVER;
          case GDELT -> Kind.GDELT;
          case AUTO ->
              isNdjsonName(name)
                  ? Kind.NDJSON
                  : isIcewsName(name) ? Kind.ICEWS : isGdeltName(name) ? Kind.GDELT : Kind.DOSSIER;
        };
    return new Input(name, kind);
  }

  private static boolean isNdjsonName(String name) {
    return endsWith(name, ".ndjson", ".jsonl");
  }

  /**
   * ICEWS publishes its events as tab-separated {@code .tab} files ({@code
   * events.2018.20181119.tab}).
   */
  private static boolean isIcewsName(String name) {
    return endsWith(name, ".tab", ".tsv");
  }

  /**
   * GDELT publishes its events as {@code 20191024143000.export.CSV}, zipped as {@code
   * 20191024143000.export.CSV.zip}; any case is taken.
   */
  private static boolean isGdeltName(String name) {
    return endsWith(name, ".export.csv", ".export.csv.zip");
  }

  private static boolean endsWith(String name, String... extensions) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String extension : extensions) {
      if (!name.equals(STDIN) && lower.endsWith(extension)) {
        return true;
      }
    }
    return false;
  }

  /** The input as findings name it: its path, or {@code <stdin>}. */
  String label() {
    return name.equals(STDIN) ? "<stdin>" : name;
  }

  /** The input's format. */
  Kind kind() {
    return kind;
  }

  /** Opens the input; closing the stream of standard input leaves it open. */
  InputStream open(Terminal terminal) throws CliException {
    firstLine = new FirstLine(openRaw(terminal));
    return firstLine;
  }

  private InputStream openRaw(Terminal terminal) throws CliException {
    if (name.equals(STDIN)) {
      return terminal.in();
    }
    Path path;
    try {
      path = Path.of(name);
    } catch (InvalidPathException e) {
      throw CliException.io("cannot read '" + Diagnostic.printable(name) + "': not a valid path");
    }
    if (Files.isDirectory(path)) {
      throw CliException.io("cannot read '" + Diagnostic.printable(name) + "': it is a directory");
    }
    try {
      return Files.newInputStream(path);
    } catch (NoSuchFileException e) {
      throw CliException.io("cannot read '" + Diagnostic.printable(name) + "': no such file");
    } catch (AccessDeniedException e) {
      throw CliException.io("cannot read '" + Diagnostic.printable(name) + "': permission denied");
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  /**
   * The bytes of the input, at most one more than {@code limit}: a document longer than the limit
   * is then refused by the reader, without the rest being read.
   */
  byte[] readAll(Terminal terminal, long limit) throws CliException {
    int max = (int) Math.min(limit + 1, Integer.MAX_VALUE - 16);
    try (InputStream in = open(terminal)) {
      return in.readNBytes(max);
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  /**
   * The input as a dossier: the dossier itself, the dossier an NDJSON input holds (its header and
   * every element; only events, for NDJSON of events), or that of an import. An input with an error
   * (a bad line, an id used on two lines, a rejected row or record, a problem of the whole input)
   * is refused; with {@code skipInvalid}, what the errors name is left out instead, the errors are
   * printed on standard error, and (unless {@code quiet}) a summary of what was skipped.
   *
   * @throws InvalidInputException with every problem of the input, when it is refused
   */
  Dossier readDossier(Terminal terminal, DiplomacyJson json, boolean quiet, boolean skipInvalid)
      throws CliException, InvalidInputException {
    if (isImport()) {
      return importedDossier(terminal, quiet, skipInvalid);
    }
    if (kind == Kind.DOSSIER) {
      byte[] bytes = readAll(terminal, json.limits().maxDocumentLength());
      try {
        return json.read(bytes, Dossier.class);
      } catch (DiplomacyJsonException e) {
        throw refused(diagnostics(e));
      }
    }
    return ndjsonDossier(terminal, json, quiet, skipInvalid);
  }

  private Dossier importedDossier(Terminal terminal, boolean quiet, boolean skipInvalid)
      throws CliException, InvalidInputException {
    Dossier.Builder dossier = Dossier.builder();
    List<Diagnostic> problems = new ArrayList<>();
    Elements.Summary read =
        Elements.read(
            this,
            terminal,
            DiplomacyJson.strict(),
            Progress.of(terminal, label(), "read", quiet),
            false,
            (element, line) -> dossier.addElement(element),
            problems::add);
    if (read.errors() > 0 && !skipInvalid) {
      throw refused(problems);
    }
    problems.stream()
        .filter(d -> d.isError() || !quiet)
        .forEach(d -> terminal.err().println(d.toText()));
    if (read.errors() > 0 && !quiet) {
      terminal
          .err()
          .println(Diagnostic.printable(label()) + ": " + read.describe() + read.skipped());
    }
    return dossier.build();
  }

  private Dossier ndjsonDossier(
      Terminal terminal, DiplomacyJson json, boolean quiet, boolean skipInvalid)
      throws CliException, InvalidInputException {
    List<DossierElement> elements = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    Set<Long> again = new HashSet<>();
    Elements.Summary read =
        Elements.read(
            this,
            terminal,
            json,
            Progress.of(terminal, label(), "read", quiet),
            false,
            (element, line) -> {
              elements.add(element);
              lines.add(line);
            },
            d -> {
              problems.add(d);
              if (d.code().equals(DUPLICATE_ID)) {
                d.line().ifPresent(again::add);
              }
            });
    Dossier.Builder dossier = Dossier.builder();
    read.header().ifPresent(dossier::from);
    if (problems.isEmpty()) {
      elements.forEach(dossier::addElement);
      return dossier.build();
    }
    if (!skipInvalid) {
      throw refused(problems);
    }
    problems.forEach(d -> terminal.err().println(d.toText()));
    long kept = 0;
    for (int i = 0; i < elements.size(); i++) {
      if (!again.contains(lines.get(i))) {
        dossier.addElement(elements.get(i));
        kept++;
      }
    }
    if (!quiet) {
      terminal
          .err()
          .println(
              Diagnostic.printable(label())
                  + ": "
                  + Diagnostic.count(kept, "element")
                  + " kept; skipped (--skip-bad): "
                  + Diagnostic.count(read.badLines(), "bad line")
                  + ", "
                  + Diagnostic.count(again.size(), "line")
                  + " with an id used before");
    }
    return dossier.build();
  }

  /** The exception that refuses this input for {@code problems}, with a hint of its format. */
  InvalidInputException refused(List<Diagnostic> problems) {
    List<Diagnostic> all = new ArrayList<>(problems);
    tabSeparatedHint().ifPresent(all::add);
    return new InvalidInputException(all);
  }

  /** The failure of a temporary file that holds this input's ids. */
  CliException noTemporaryFile(DuplicateIds.TemporaryFileException e) {
    return CliException.io(
        "cannot check the ids of '"
            + Diagnostic.printable(label())
            + "' in a temporary file: "
            + Diagnostic.printable(e.getMessage()));
  }

  /** The finding of an id used again. */
  Diagnostic duplicate(DuplicateIds.Duplicate d) {
    return new Diagnostic(
        label(),
        OptionalLong.of(d.line()),
        OptionalInt.empty(),
        Severity.ERROR,
        DUPLICATE_ID,
        Optional.of("/id"),
        "the id '" + d.id() + "' is already used on line " + d.firstLine());
  }

  /**
   * A warning at line 1 when this input, read as JSON, looks like tab-separated data: its first
   * line holds tabs and does not start as JSON does.
   */
  Optional<Diagnostic> tabSeparatedHint() {
    if (kind == Kind.ICEWS
        || kind == Kind.GDELT
        || firstLine == null
        || !firstLine.looksTabSeparated()) {
      return Optional.empty();
    }
    return Optional.of(
        new Diagnostic(
            label(),
            OptionalLong.of(1),
            OptionalInt.empty(),
            Severity.WARNING,
            TAB_SEPARATED,
            Optional.empty(),
            "the input looks like tab-separated data, not JSON: its first line holds tabs (ICEWS"
                + " event files are read with --from icews)"));
  }

  /** True for the formats of other tools, read by an importer: ICEWS, PLOVER and GDELT. */
  boolean isImport() {
    return kind == Kind.ICEWS || kind == Kind.PLOVER || kind == Kind.GDELT;
  }

  /**
   * Opens an ICEWS, PLOVER or GDELT input as the stream of its importer, each problem handed to
   * {@code problems} as it is found; closing the stream closes the input.
   */
  ImportStream importStream(Terminal terminal, Consumer<? super ImportProblem> problems)
      throws CliException {
    InputStream in = open(terminal);
    try {
      return switch (kind) {
        case ICEWS -> IcewsImporter.stream(in, problems);
        case PLOVER -> PloverImporter.stream(in, problems);
        case GDELT -> GdeltImporter.stream(in, label(), problems);
        case DOSSIER, NDJSON ->
            throw new IllegalStateException("not the input of an importer: " + kind);
      };
    } catch (IOException e) {
      close(in);
      throw unreadable(e);
    } catch (RuntimeException e) {
      close(in);
      throw e;
    }
  }

  private static void close(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // it failed already
    }
  }

  /** A problem of an import as a finding about this input, at its line. */
  Diagnostic diagnostic(ImportProblem p) {
    return new Diagnostic(
        label(),
        OptionalLong.of(p.line()),
        OptionalInt.empty(),
        p.severity(),
        p.code(),
        Optional.empty(),
        p.reason());
  }

  /** The problems of {@code e} as findings about this input. */
  List<Diagnostic> diagnostics(DiplomacyJsonException e) {
    List<Diagnostic> out = new ArrayList<>();
    for (Problem p : e.problems()) {
      out.add(Diagnostic.of(label(), p));
    }
    return out;
  }

  CliException unreadable(IOException e) {
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return CliException.io(
        "cannot read '" + Diagnostic.printable(label()) + "': " + Diagnostic.printable(reason));
  }
}

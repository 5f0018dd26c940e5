package dev.diplomacy.cli;

import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.dossier.DossierElement;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.validation.Severity;
import dev.diplomacy.interop.ImportProblem;
import dev.diplomacy.interop.ImportResult;
import dev.diplomacy.interop.icews.IcewsImporter;
import dev.diplomacy.interop.plover.PloverImporter;
import dev.diplomacy.json.DiplomacyJson;
import dev.diplomacy.json.DiplomacyJsonException;
import dev.diplomacy.json.ErrorPolicy;
import dev.diplomacy.json.NdjsonDossierReader;
import dev.diplomacy.json.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    PLOVER
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
          case AUTO ->
              isNdjsonName(name) ? Kind.NDJSON : isIcewsName(name) ? Kind.ICEWS : Kind.DOSSIER;
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

  /** Dossier or NDJSON. */
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
    ImportResult result = importDossier(terminal);
    List<Diagnostic> problems = diagnostics(result);
    long errors = result.rejections().size();
    if (errors > 0 && !skipInvalid) {
      throw refused(problems);
    }
    problems.stream()
        .filter(d -> d.isError() || !quiet)
        .forEach(d -> terminal.err().println(d.toText()));
    if (errors > 0 && !quiet) {
      terminal
          .err()
          .println(
              Diagnostic.printable(label())
                  + ": "
                  + result
                  + String.format(
                      Locale.ROOT,
                      "; skipped (--skip-invalid): what the %,d error%s above name%s",
                      errors,
                      errors == 1 ? "" : "s",
                      errors == 1 ? "s" : ""));
    }
    return result.dossier();
  }

  private Dossier ndjsonDossier(
      Terminal terminal, DiplomacyJson json, boolean quiet, boolean skipInvalid)
      throws CliException, InvalidInputException {
    List<DossierElement> elements = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    Set<Long> again = new HashSet<>();
    ElementCount count;
    try (DuplicateIds ids = new DuplicateIds()) {
      count =
          readElements(
              terminal,
              json,
              quiet,
              (element, line) -> {
                elements.add(element);
                lines.add(line);
                ids.add(element.id(), line);
              },
              problems::add);
      ids.forEach(
          d -> {
            problems.add(duplicate(d));
            again.add(d.line());
          });
    } catch (DuplicateIds.TemporaryFileException e) {
      throw noTemporaryFile(e);
    }
    Dossier.Builder dossier = Dossier.builder();
    count.header().ifPresent(dossier::from);
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
                  + " kept; skipped (--skip-invalid): "
                  + Diagnostic.count(count.badLines(), "bad line")
                  + ", "
                  + Diagnostic.count(again.size(), "line")
                  + " with an id used before");
    }
    return dossier.build();
  }

  /** The exception that refuses this input for {@code problems}, with a hint of its format. */
  private InvalidInputException refused(List<Diagnostic> problems) {
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
    if (kind == Kind.ICEWS || firstLine == null || !firstLine.looksTabSeparated()) {
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

  /** Receives each good element of an NDJSON input with its line number. */
  interface ElementHandler {
    void element(DossierElement element, long line);
  }

  /**
   * What an NDJSON input held: its header (a dossier of no element), how many good elements and how
   * many of them events, and how many bad lines.
   */
  record ElementCount(Optional<Dossier> header, long elements, long events, long badLines) {}

  /**
   * Reads an NDJSON input line by line, in constant memory: a dossier's NDJSON (a header, then
   * actors, sources, relationships and events) or NDJSON of events. Each good element goes to
   * {@code elements}, each problem of a bad line (skipped) to {@code problems}, with its line
   * number. Prints a progress line on a terminal.
   */
  ElementCount readElements(
      Terminal terminal,
      DiplomacyJson json,
      boolean quiet,
      ElementHandler elements,
      Consumer<Diagnostic> problems)
      throws CliException {
    Progress progress = Progress.of(terminal, label(), "read", quiet);
    long[] badLines = {0};
    ErrorPolicy policy =
        ErrorPolicy.skipAndReport(
            e -> {
              progress.add();
              badLines[0]++;
              diagnostics(e).forEach(problems);
            });
    long good = 0;
    long events = 0;
    Optional<Dossier> header;
    try (NdjsonDossierReader reader = NdjsonDossierReader.of(json, open(terminal), policy)) {
      header = reader.header();
      while (reader.hasNext()) {
        DossierElement element = reader.next();
        progress.add();
        good++;
        if (element instanceof Event) {
          events++;
        }
        elements.element(element, reader.lineNumber());
      }
    } catch (UncheckedIOException e) {
      throw unreadable(e.getCause());
    } finally {
      progress.finish();
    }
    return new ElementCount(header, good, events, badLines[0]);
  }

  /** True for the formats of other tools, read by an importer: ICEWS and PLOVER. */
  boolean isImport() {
    return kind == Kind.ICEWS || kind == Kind.PLOVER;
  }

  /**
   * Reads an ICEWS or PLOVER input with its importer: every row or record imported, or reported in
   * the result's problems.
   */
  ImportResult importDossier(Terminal terminal) throws CliException {
    try (InputStream in = open(terminal)) {
      return kind == Kind.ICEWS
          ? IcewsImporter.read(new InputStreamReader(in, StandardCharsets.UTF_8))
          : PloverImporter.read(in);
    } catch (IOException e) {
      throw unreadable(e);
    } catch (UncheckedIOException e) {
      throw unreadable(e.getCause());
    }
  }

  /** The problems of an import as findings about this input, each at its line. */
  List<Diagnostic> diagnostics(ImportResult result) {
    List<Diagnostic> out = new ArrayList<>();
    for (ImportProblem p : result.problems()) {
      out.add(
          new Diagnostic(
              label(),
              OptionalLong.of(p.line()),
              OptionalInt.empty(),
              p.severity(),
              p.code(),
              Optional.empty(),
              p.reason()));
    }
    return out;
  }

  /** The problems of {@code e} as findings about this input. */
  List<Diagnostic> diagnostics(DiplomacyJsonException e) {
    List<Diagnostic> out = new ArrayList<>();
    for (Problem p : e.problems()) {
      out.add(Diagnostic.of(label(), p));
    }
    return out;
  }

  private CliException unreadable(IOException e) {
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return CliException.io(
        "cannot read '" + Diagnostic.printable(label()) + "': " + Diagnostic.printable(reason));
  }
}

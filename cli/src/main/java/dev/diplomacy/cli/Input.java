package dev.diplomacy.cli;

import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.interop.ImportProblem;
import dev.diplomacy.interop.ImportResult;
import dev.diplomacy.interop.icews.IcewsImporter;
import dev.diplomacy.interop.plover.PloverImporter;
import dev.diplomacy.json.DiplomacyJson;
import dev.diplomacy.json.DiplomacyJsonException;
import dev.diplomacy.json.ErrorPolicy;
import dev.diplomacy.json.NdjsonReader;
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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * An input named on the command line: a file, or {@code -} for standard input; a dossier or NDJSON.
 * Reading it turns every failure into a {@link CliException} (it cannot be read) or an {@link
 * InvalidInputException} (what it holds is not valid).
 */
final class Input {

  /** The name of standard input on the command line. */
  static final String STDIN = "-";

  /** The format of an input, once known. */
  enum Kind {
    DOSSIER,
    NDJSON,
    ICEWS,
    PLOVER
  }

  private final String name;
  private final Kind kind;

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
   * The input as a dossier: the dossier itself, or a dossier holding the events of an NDJSON input.
   *
   * @throws InvalidInputException with every problem of the document or of every bad line
   */
  Dossier readDossier(Terminal terminal, DiplomacyJson json, boolean quiet)
      throws CliException, InvalidInputException {
    if (isImport()) {
      ImportResult result = importDossier(terminal);
      List<Diagnostic> problems = diagnostics(result);
      if (result.rejected() > 0) {
        throw new InvalidInputException(problems);
      }
      if (!quiet) {
        problems.forEach(d -> terminal.err().println(d.toText()));
      }
      return result.dossier();
    }
    if (kind == Kind.DOSSIER) {
      byte[] bytes = readAll(terminal, json.limits().maxDocumentLength());
      try {
        return json.read(bytes, Dossier.class);
      } catch (DiplomacyJsonException e) {
        throw new InvalidInputException(diagnostics(e));
      }
    }
    List<Event> events = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    readEvents(terminal, json, quiet, (event, line) -> events.add(event), problems::add);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return Dossier.builder().addAllEvents(events).build();
  }

  /** Receives each good event of an NDJSON input with its line number. */
  interface EventHandler {
    void event(Event event, long line);
  }

  /**
   * Reads an NDJSON input line by line, in constant memory: each good event goes to {@code events},
   * each problem of a bad line (skipped) to {@code problems}, with its line number. Returns how
   * many events and bad lines were read. Prints a progress line on a terminal.
   */
  long readEvents(
      Terminal terminal,
      DiplomacyJson json,
      boolean quiet,
      EventHandler events,
      Consumer<Diagnostic> problems)
      throws CliException {
    Progress progress = Progress.of(terminal, label(), "read", quiet);
    ErrorPolicy policy =
        ErrorPolicy.skipAndReport(
            e -> {
              progress.add();
              diagnostics(e).forEach(problems);
            });
    try (NdjsonReader<Event> reader = NdjsonReader.of(json, Event.class, open(terminal), policy)) {
      while (reader.hasNext()) {
        Event event = reader.next();
        progress.add();
        events.event(event, reader.lineNumber());
      }
    } catch (UncheckedIOException e) {
      throw unreadable(e.getCause());
    } finally {
      progress.finish();
    }
    return progress.count();
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

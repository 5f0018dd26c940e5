package dev.diplomacy.cli;

import dev.diplomacy.core.Id;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Finds the ids given on more than one line of an input, in bounded memory, however many lines it
 * has. The ids are held in memory up to a budget ({@link #MEMORY_BUDGET} bytes); beyond it, they
 * are sorted and written to a temporary file (a run, about as many bytes as the ids and their line
 * numbers), and the runs are merged at the end, {@link #FAN_IN} at most at a time. Each id's lines
 * come out of the merge in the order of the input, so its first line is known.
 *
 * <p>The duplicates are known once every line is added: {@link #forEach} gives them, by id, and for
 * each id in the order of its lines.
 */
final class DuplicateIds implements Closeable {

  /** How many bytes of ids are held in memory before they are written to a run: 8 MiB. */
  static final long MEMORY_BUDGET = 8L * 1024 * 1024;

  /** How many runs are merged at a time, each read through a buffer of {@link #BUFFER} bytes. */
  static final int FAN_IN = 32;

  private static final int BUFFER = 16 * 1024;

  /** What an entry of the budget is taken to cost besides its characters. */
  private static final int ENTRY_BYTES = 64;

  /** A temporary file that cannot be written or read: its cause says why. */
  static final class TemporaryFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TemporaryFileException(IOException cause) {
      super(reason(cause), cause);
    }

    private static String reason(IOException e) {
      if (e instanceof NoSuchFileException f) {
        return f.getFile() + ": no such file or folder";
      }
      if (e instanceof AccessDeniedException f) {
        return f.getFile() + ": permission denied";
      }
      return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
  }

  /** An id given again: on {@code line}, as on {@code firstLine} before. */
  record Duplicate(String id, long line, long firstLine) {}

  private record Entry(String id, long line) {}

  /** A run on disk, and how many merges it went through. */
  private record Run(Path file, int level) {}

  private static final Comparator<Entry> BY_ID = Comparator.comparing(Entry::id);

  private final long budget;
  private final List<Entry> held = new ArrayList<>();
  private long heldBytes;
  private final List<Run> runs = new ArrayList<>();

  /** Ids held in memory up to {@link #MEMORY_BUDGET}. */
  DuplicateIds() {
    this(MEMORY_BUDGET);
  }

  /** Ids held in memory up to {@code budget} bytes (a small one, in tests, to write runs). */
  DuplicateIds(long budget) {
    this.budget = budget;
  }

  /**
   * The id of the event on {@code line}; lines come in increasing order.
   *
   * @throws TemporaryFileException when a temporary file cannot be written
   */
  void add(Id id, long line) {
    String value = id.value();
    held.add(new Entry(value, line));
    heldBytes += ENTRY_BYTES + 2L * value.length();
    if (heldBytes >= budget) {
      spill();
    }
  }

  /**
   * Gives every duplicate to {@code duplicates}: by id, then by line.
   *
   * @throws TemporaryFileException when a temporary file cannot be read
   */
  void forEach(Consumer<Duplicate> duplicates) {
    held.sort(BY_ID); // stable: the lines of an id stay in order
    List<Source> sources = new ArrayList<>();
    try {
      for (Run run : runs) {
        sources.add(new FileSource(run.file()));
      }
      sources.add(new MemorySource(held));
      String id = null;
      long first = 0;
      for (Merge merge = new Merge(sources); merge.hasNext(); ) {
        Entry e = merge.next();
        if (e.id().equals(id)) {
          duplicates.accept(new Duplicate(id, e.line(), first));
        } else {
          id = e.id();
          first = e.line();
        }
      }
    } catch (IOException e) {
      throw new TemporaryFileException(e);
    } finally {
      sources.forEach(Source::close);
    }
  }

  /** Deletes the temporary files. */
  @Override
  public void close() {
    for (Run run : runs) {
      try {
        Files.deleteIfExists(run.file());
      } catch (IOException e) {
        // a temporary file left behind; the system's cleaning will remove it
      }
    }
    runs.clear();
    held.clear();
  }

  /** Writes the ids held as a run, and merges the last runs when {@link #FAN_IN} share a level. */
  private void spill() {
    held.sort(BY_ID);
    try {
      runs.add(new Run(write(new MemorySource(held)), 0));
      held.clear();
      heldBytes = 0;
      while (runs.size() >= FAN_IN && sameLevel(runs.subList(runs.size() - FAN_IN, runs.size()))) {
        List<Run> last = new ArrayList<>(runs.subList(runs.size() - FAN_IN, runs.size()));
        List<Source> sources = new ArrayList<>();
        Path merged;
        try {
          for (Run run : last) {
            sources.add(new FileSource(run.file()));
          }
          merged = write(new Merge(sources));
        } finally {
          sources.forEach(Source::close);
        }
        for (Run run : last) {
          Files.deleteIfExists(run.file());
        }
        runs.subList(runs.size() - FAN_IN, runs.size()).clear();
        runs.add(new Run(merged, last.get(0).level() + 1));
      }
    } catch (IOException e) {
      throw new TemporaryFileException(e);
    }
  }

  private static boolean sameLevel(List<Run> runs) {
    return runs.stream().allMatch(r -> r.level() == runs.get(0).level());
  }

  /** A new temporary file holding every entry of {@code entries}, in their order. */
  private static Path write(Source entries) throws IOException {
    Path file = Files.createTempFile("diplomacy-ids-", ".run");
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), BUFFER))) {
      while (entries.hasNext()) {
        Entry e = entries.next();
        out.writeUTF(e.id());
        out.writeLong(e.line());
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    return file;
  }

  /** Entries in the order of their ids, then of their lines. */
  private interface Source {
    boolean hasNext() throws IOException;

    Entry next() throws IOException;

    default void close() {}
  }

  private static final class MemorySource implements Source {
    private final List<Entry> entries;
    private int next;

    MemorySource(List<Entry> entries) {
      this.entries = entries;
    }

    @Override
    public boolean hasNext() {
      return next < entries.size();
    }

    @Override
    public Entry next() {
      return entries.get(next++);
    }
  }

  private static final class FileSource implements Source {
    private final DataInputStream in;
    private @Nullable Entry next;

    FileSource(Path file) throws IOException {
      in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER));
      next = read();
    }

    private @Nullable Entry read() throws IOException {
      String id;
      try {
        id = in.readUTF();
      } catch (EOFException e) {
        return null;
      }
      return new Entry(id, in.readLong());
    }

    @Override
    public boolean hasNext() {
      return next != null;
    }

    @Override
    public Entry next() throws IOException {
      Entry e = next;
      if (e == null) {
        throw new IllegalStateException("no more entries");
      }
      next = read();
      return e;
    }

    @Override
    public void close() {
      try {
        in.close();
      } catch (IOException e) {
        // read to its end, or failed already
      }
    }
  }

  /**
   * The entries of several sources in the order of their ids; of one id, the entries of an earlier
   * source first. The sources come in the order of the input, so an id's lines stay in order.
   */
  private static final class Merge implements Source {
    private record Head(Entry entry, int source) {}

    private final List<Source> sources;
    private final PriorityQueue<Head> heads =
        new PriorityQueue<>(
            Comparator.comparing((Head h) -> h.entry().id()).thenComparingInt(Head::source));

    Merge(List<Source> sources) throws IOException {
      this.sources = sources;
      for (int i = 0; i < sources.size(); i++) {
        if (sources.get(i).hasNext()) {
          heads.add(new Head(sources.get(i).next(), i));
        }
      }
    }

    @Override
    public boolean hasNext() {
      return !heads.isEmpty();
    }

    @Override
    public Entry next() throws IOException {
      Head head = heads.remove();
      Source source = sources.get(head.source());
      if (source.hasNext()) {
        heads.add(new Head(source.next(), head.source()));
      }
      return head.entry();
    }
  }
}

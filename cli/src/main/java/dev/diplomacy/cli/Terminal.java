package dev.diplomacy.cli;

import java.io.Console;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The standard streams a command works with: its input, its output as bytes and as UTF-8 text
 * (whatever the platform's encoding), its error text, and whether a person watches the error stream
 * (progress lines are only for them). The streams are never closed by a command.
 */
final class Terminal {

  /** How many events between two progress lines. */
  static final long PROGRESS_EVERY = 100_000;

  private final InputStream in;
  private final OutputStream out;
  private final PrintWriter text;
  private final PrintWriter err;
  private final boolean interactive;
  private final long progressEvery;

  Terminal(
      InputStream in, OutputStream out, OutputStream err, boolean interactive, long progressEvery) {
    this.in =
        new FilterInputStream(in) {
          @Override
          public void close() {
            // standard input stays open
          }
        };
    this.out =
        new FilterOutputStream(out) {
          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
          }

          @Override
          public void close() throws IOException {
            flush();
          }
        };
    this.text = new PrintWriter(new OutputStreamWriter(this.out, StandardCharsets.UTF_8), false);
    this.err = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    this.interactive = interactive;
    this.progressEvery = progressEvery;
  }

  /** The process's own streams; interactive when standard error is a terminal. */
  static Terminal system() {
    return new Terminal(System.in, System.out, System.err, isTerminal(), PROGRESS_EVERY);
  }

  /**
   * True when standard error is a terminal. On Linux, the file of descriptor 2 tells it: a terminal
   * device ({@code /dev/pts/3}, {@code /dev/tty1}), whatever standard output is, so that {@code
   * convert big.tab --to ndjson > big.ndjson} shows its progress. Elsewhere, {@code
   * System.console()}, which is null unless standard input and output are terminals too; from Java
   * 22 on it may be a console that is not a terminal, which {@code Console.isTerminal()} tells.
   */
  private static boolean isTerminal() {
    Path standardError = Path.of("/proc/self/fd/2");
    if (Files.isSymbolicLink(standardError)) {
      try {
        String device = Files.readSymbolicLink(standardError).toString();
        return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty");
      } catch (IOException | UnsupportedOperationException | SecurityException e) {
        // not told: ask the console
      }
    }
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  /** Standard input, which closing leaves open. */
  InputStream in() {
    return in;
  }

  /**
   * Standard output as bytes, which closing only flushes. Flush {@link #text()} before writing to
   * it.
   */
  OutputStream out() {
    return out;
  }

  /** Standard output as UTF-8 text. */
  PrintWriter text() {
    return text;
  }

  /** Standard error as UTF-8 text, flushed at each line. */
  PrintWriter err() {
    return err;
  }

  /** True when a person watches standard error. */
  boolean interactive() {
    return interactive;
  }

  /** How many events between two progress lines. */
  long progressEvery() {
    return progressEvery;
  }

  /** Flushes the output. */
  void flush() {
    text.flush();
    try {
      out.flush();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    err.flush();
  }
}

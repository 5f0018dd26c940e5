package dev.diplomacy.cli;

import java.util.Locale;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * A progress line on standard error while many events go by: {@code big.ndjson: 300,000 events
 * read}, or, where the rows of the input are counted apart from the events made of them, {@code
 * big.tab: 330,000 rows read, 300,000 events written}; rewritten every {@link
 * Terminal#progressEvery()} events, for a person watching a terminal only: silent when standard
 * error is not a terminal or with {@code --quiet}.
 */
final class Progress {

  private final Terminal terminal;
  private final String label;
  private final String verb;
  private final boolean shown;
  private @Nullable String rowNoun;
  private @Nullable LongSupplier rows;
  private long count;
  private boolean printed;

  private Progress(Terminal terminal, String label, String verb, boolean shown) {
    this.terminal = terminal;
    this.label = label;
    this.verb = verb;
    this.shown = shown;
  }

  /** Progress of {@code verb} ("read", "written") events of {@code label}. */
  static Progress of(Terminal terminal, String label, String verb, boolean quiet) {
    return new Progress(terminal, label, verb, terminal.interactive() && !quiet);
  }

  /**
   * Shows the rows ({@code noun}: "rows", "lines", "records") read so far beside the events, as
   * {@code rows} tells them when the line is printed.
   */
  Progress reading(String noun, LongSupplier rows) {
    this.rowNoun = noun;
    this.rows = rows;
    return this;
  }

  /** One more event. */
  void add() {
    count++;
    if (shown && count % terminal.progressEvery() == 0) {
      String read =
          rows == null
              ? ""
              : String.format(Locale.ROOT, "%,d %s read, ", rows.getAsLong(), rowNoun);
      terminal
          .err()
          .printf(
              Locale.ROOT, "\r%s: %s%,d events %s", Diagnostic.printable(label), read, count, verb);
      terminal.err().flush();
      printed = true;
    }
  }

  /** How many events went by. */
  long count() {
    return count;
  }

  /** Ends the progress line, if one was printed. */
  void finish() {
    if (printed) {
      terminal.err().println();
      printed = false;
    }
  }
}

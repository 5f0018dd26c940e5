package dev.diplomacy.interop.icews;

import dev.diplomacy.interop.internal.Lines;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The lines of a {@link BufferedReader}: every line is text. */
final class ReaderLines implements Lines {

  private final BufferedReader in;
  private @Nullable String line;

  ReaderLines(BufferedReader in) {
    this.in = in;
  }

  @Override
  public boolean next() throws IOException {
    line = in.readLine();
    return line != null;
  }

  @Override
  public boolean hasBytes() {
    return false;
  }

  @Override
  public byte[] bytes() {
    throw new IllegalStateException("a reader's lines are text only");
  }

  @Override
  public int start() {
    throw new IllegalStateException("a reader's lines are text only");
  }

  @Override
  public int end() {
    throw new IllegalStateException("a reader's lines are text only");
  }

  @Override
  public String text() {
    return Objects.requireNonNull(line, "no line was read");
  }

  @Override
  public boolean isBlank() {
    return text().isBlank();
  }
}

package dev.diplomacy.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The reader of the tables bundled with the library ({@code countries.tsv}, {@code
 * cameo-1.1b3.tsv}, {@code cameo-to-plover-2021.tsv}): UTF-8 resources of tab-separated rows, a row
 * a line, with {@code #} comment lines and blank lines skipped. Each table's owner reads it once
 * and makes its values from the rows.
 *
 * <p>A table is part of the library, so a fault in it is a fault of the build, not of a user's
 * input: reading throws at once, naming the resource, the line and the problem.
 */
public final class BundledTables {

  private BundledTables() {}

  /**
   * One row of a table: its fields, in column order, and its line in the file, counted from 1.
   *
   * @param line the line of the row in the file
   * @param fields the row's fields, exactly as many as the table has columns; empty where a column
   *     has no value
   */
  public record Row(int line, List<String> fields) {
    /** Copies the fields. */
    public Row {
      fields = List.copyOf(fields);
    }

    /** The field in {@code column}, counted from 0. */
    public String get(int column) {
      return fields.get(column);
    }
  }

  /**
   * Gives each row of the table {@code name}, a resource beside the class {@code owner}, to {@code
   * rows}, in the order of the file. A row whose values {@code rows} refuses is refused by throwing
   * an {@link IllegalArgumentException} (a {@link
   * dev.diplomacy.core.validation.ValidationException} of a value made from it, or one of its own),
   * whose message says what is wrong with it.
   *
   * @param columns how many tab-separated fields every row has
   * @throws IllegalStateException when the resource is missing, is not UTF-8, or has a row of
   *     another number of fields or that {@code rows} refuses: the message names the resource, the
   *     line and the problem
   * @throws UncheckedIOException when the resource cannot be read
   */
  public static void forEachRow(Class<?> owner, String name, int columns, Consumer<Row> rows) {
    String resource = owner.getPackageName().replace('.', '/') + "/" + name;
    byte[] bytes;
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            "the table " + resource + " is missing from the class path");
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the table " + resource, e);
    }
    // Decoded line by line, so that text that is not UTF-8 is placed: in UTF-8, the bytes of a line
    // break are never part of another character.
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();
    int line = 0;
    for (int start = 0; start < bytes.length; ) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      int length = end > start && bytes[end - 1] == '\r' ? end - 1 - start : end - start;
      line++;
      String text;
      try {
        text = utf8.decode(ByteBuffer.wrap(bytes, start, length)).toString();
      } catch (CharacterCodingException e) {
        throw problem(resource, line, "the text is not UTF-8", e);
      }
      start = end + 1;
      if (text.isBlank() || text.startsWith("#")) {
        continue;
      }
      List<String> fields = List.of(text.split("\t", -1));
      if (fields.size() != columns) {
        throw problem(
            resource,
            line,
            "a row has " + columns + " tab-separated fields, not " + fields.size() + ": " + text,
            null);
      }
      try {
        rows.accept(new Row(line, fields));
      } catch (IllegalArgumentException e) {
        throw problem(resource, line, String.valueOf(e.getMessage()), e);
      }
    }
  }

  private static IllegalStateException problem(
      String resource, int line, String problem, @Nullable Exception cause) {
    return new IllegalStateException(resource + " line " + line + ": " + problem, cause);
  }
}

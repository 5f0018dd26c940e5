package dev.diplomacy.json;

import dev.diplomacy.json.format.Mode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The corpus of hostile and malformed documents under {@code src/test/resources/bad/}, as its
 * {@code index.tsv} lists them: one line per document with the file, the code and JSON Pointer of
 * the first problem expected, the reader ({@code dossier}, {@code event} or {@code ndjson}), the
 * mode ({@code strict} or {@code lenient}), what the published schema must say of it ({@code
 * reject}, {@code accept} for a rule beyond JSON Schema, {@code skip} for what is not JSON a
 * validator can take), and for NDJSON the line of the file the problem is on. In the pointer,
 * {@code \}{@code uXXXX} stands for a character a TSV file should not hold.
 *
 * <p>Documents too large to commit (100,000-deep nesting, a 50 MB string) are named {@code
 * generated-*} in the index and made here.
 */
public final class BadCorpus {

  static final String DIRECTORY = "bad/";

  private static final int DEEP = 100_000;

  /** A valid event, the first line of the generated NDJSON files. */
  public static final String MEETING =
      "{\"type\":\"meeting\",\"id\":\"ri-su-yong-meets-raul-castro\",\"certainty\":\"reported\","
          + "\"participants\":[{\"actor\":\"ri-su-yong\",\"role\":\"head_of_delegation\"},{\"actor\":\"raul-castro\",\"role\":\"host\"}]}";

  private static final Map<String, Supplier<String>> GENERATED =
      Map.of(
          "generated-deep-arrays-100000.json",
              () -> "{\"formatVersion\":\"1.0\",\"acme:deep\":" + nested(DEEP) + "}",
          "generated-deep-objects-100000.json",
              () ->
                  "{\"formatVersion\":\"1.0\",\"acme:deep\":"
                      + "{\"a\":".repeat(DEEP)
                      + "1"
                      + "}".repeat(DEEP)
                      + "}",
          "generated-deep-event-100000.json",
              () -> withProperty(MEETING, "acme:deep", nested(DEEP)),
          "generated-ndjson-deep-nesting-100000.ndjson",
              () -> MEETING + "\n" + withProperty(MEETING, "acme:deep", nested(DEEP)) + "\n",
          "generated-string-50mb.json",
              () -> "{\"formatVersion\":\"1.0\",\"title\":\"" + "a".repeat(50_000_000) + "\"}",
          "generated-ndjson-string-50mb.ndjson",
              () -> withProperty(MEETING, "summary", "\"" + "a".repeat(50_000_000) + "\"") + "\n",
          "generated-string-1000001-chars.json",
              () -> "{\"formatVersion\":\"1.0\",\"title\":\"" + "a".repeat(1_000_001) + "\"}",
          "generated-one-million-problems.json",
              () -> "{\"formatVersion\":\"1.0\",\"events\":[" + "1,".repeat(999_999) + "1]}");

  private BadCorpus() {}

  /** One document of the corpus and what is expected of it. */
  public record BadDocument(
      String file,
      String code,
      String pointer,
      String reader,
      Mode mode,
      String schema,
      OptionalInt line) {

    /** The bytes of the document, read or generated. */
    public byte[] bytes() {
      Supplier<String> generated = GENERATED.get(file);
      if (generated != null) {
        return generated.get().getBytes(StandardCharsets.UTF_8);
      }
      return resource(DIRECTORY + file);
    }

    boolean isGenerated() {
      return GENERATED.containsKey(file);
    }

    @Override
    public String toString() {
      return file;
    }
  }

  /** Every document of the index, in order. */
  public static List<BadDocument> all() {
    List<BadDocument> out = new ArrayList<>();
    String index = new String(resource(DIRECTORY + "index.tsv"), StandardCharsets.UTF_8);
    for (String row : index.split("\n")) {
      if (row.isEmpty() || row.startsWith("#")) {
        continue;
      }
      String[] c = row.split("\t", -1);
      if (c.length != 7) {
        throw new IllegalStateException("index.tsv: 7 columns expected in " + Arrays.toString(c));
      }
      out.add(
          new BadDocument(
              c[0],
              c[1],
              unescape(c[2]),
              c[3],
              Mode.valueOf(c[4].toUpperCase(java.util.Locale.ROOT)),
              c[5],
              c[6].equals("-") ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(c[6]))));
    }
    return out;
  }

  /** The names that are made by this class rather than committed. */
  static java.util.Set<String> generatedNames() {
    return GENERATED.keySet();
  }

  static byte[] resource(String path) {
    try (InputStream in = BadCorpus.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String nested(int depth) {
    return "[".repeat(depth) + "]".repeat(depth);
  }

  /** {@code object} with one more property before its closing brace. */
  private static String withProperty(String object, String name, String json) {
    return object.substring(0, object.length() - 1) + ",\"" + name + "\":" + json + "}";
  }

  private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");

  private static String unescape(String s) {
    Matcher m = ESCAPE.matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          b, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
    }
    return m.appendTail(b).toString();
  }
}

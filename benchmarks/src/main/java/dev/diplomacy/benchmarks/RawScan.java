package dev.diplomacy.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The second baseline: a raw Jackson streaming scan that reads every token and builds nothing, the
 * least any reader of the same bytes must do. It calls {@link JsonParser#nextToken()} until the end
 * and asks for no value, so Jackson decodes property names but skips over string values and
 * numbers: the lower bound of reading them.
 */
public final class RawScan {

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private RawScan() {}

  /** The number of tokens of the document {@code json}. */
  public static long tokens(byte[] json) {
    return tokens(json, 0, json.length);
  }

  /**
   * The number of tokens of the document in {@code json} from {@code offset}, {@code length} bytes.
   */
  public static long tokens(byte[] json, int offset, int length) {
    long n = 0;
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json, offset, length)) {
      while (p.nextToken() != null) {
        n++;
      }
    }
    return n;
  }

  /**
   * The number of tokens of every line of the NDJSON {@code ndjson}, each line scanned by a parser
   * of its own.
   */
  public static long ndjsonTokens(byte[] ndjson) {
    long n = 0;
    int start = 0;
    for (int i = 0; i < ndjson.length; i++) {
      if (ndjson[i] == '\n') {
        if (i > start) {
          n += tokens(ndjson, start, i - start);
        }
        start = i + 1;
      }
    }
    if (start < ndjson.length) {
      n += tokens(ndjson, start, ndjson.length - start);
    }
    return n;
  }

  /**
   * The number of tokens of every line of the NDJSON stream {@code in}, read in chunks of 64 KiB
   * and cut into lines as {@code NdjsonReader} does, each line scanned by a parser of its own. The
   * stream is not closed.
   */
  public static long ndjsonTokens(InputStream in) {
    byte[] chunk = new byte[64 * 1024];
    byte[] line = new byte[8 * 1024];
    int length = 0;
    long n = 0;
    try {
      for (int read = in.read(chunk); read > 0; read = in.read(chunk)) {
        int start = 0;
        for (int i = 0; i < read; i++) {
          if (chunk[i] == '\n') {
            line = append(line, length, chunk, start, i - start);
            length += i - start;
            if (length > 0) {
              n += tokens(line, 0, length);
            }
            length = 0;
            start = i + 1;
          }
        }
        line = append(line, length, chunk, start, read - start);
        length += read - start;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return length > 0 ? n + tokens(line, 0, length) : n;
  }

  private static byte[] append(byte[] line, int length, byte[] chunk, int from, int count) {
    byte[] out = line;
    if (length + count > out.length) {
      out = Arrays.copyOf(out, Math.max(length + count, 2 * out.length));
    }
    System.arraycopy(chunk, from, out, length, count);
    return out;
  }
}

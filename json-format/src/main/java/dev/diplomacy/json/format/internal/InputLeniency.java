package dev.diplomacy.json.format.internal;

import dev.diplomacy.json.format.DiplomacyJsonException;
import dev.diplomacy.json.format.Problem;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What an older Jackson lets through that the library refuses, refused the same way on every
 * Jackson it runs on, 2 or 3; each binding says what its running Jackson lets through ({@link
 * Leniencies}, tried once). Jackson 3.1 (the one Spring Boot 4.0 manages) and Jackson 2.19 (the one
 * Spring Boot 3.5 manages) decode overlong and out-of-range UTF-8 (the bytes {@code C0 AF} as
 * {@code /}), and their readers of text take a lone escaped surrogate ({@code \ud800}) in a
 * property name; Jackson 2.19 also decodes a UTF-8 encoded surrogate ({@code ED A0 80}). Jackson
 * 3.3 and 2.23 refuse all of this themselves: a read then goes to the parser untouched and this
 * class costs a field read.
 *
 * <p>On an older one, the first such sequence of a document is replaced, as the input goes to the
 * parser, by one that every Jackson refuses at the same place ({@code 0xFF} for the lead byte of
 * bad UTF-8; a non-hex digit ending a bad escape): the problem has the pointer, line and code it
 * has on 3.3, and its message is reworded to name what the document really holds.
 */
public final class InputLeniency {

  /**
   * What a running Jackson lets through.
   *
   * @param badUtf8 whether it decodes overlong or out-of-range UTF-8
   * @param surrogates whether it decodes a UTF-8 encoded surrogate
   * @param surrogateNames whether its reader of text takes a lone escaped surrogate in a name
   * @param surrogateNamesInBytes whether its reader of bytes does
   */
  public record Leniencies(
      boolean badUtf8, boolean surrogates, boolean surrogateNames, boolean surrogateNamesInBytes) {

    /** Whether it lets through anything. */
    boolean any() {
      return badUtf8 || surrogates || surrogateNames || surrogateNamesInBytes;
    }
  }

  /** The checks of a Jackson that needs none. */
  private static final InputLeniency NONE =
      new InputLeniency(new Leniencies(false, false, false, false));

  /** What the running Jackson lets through. */
  private final Leniencies leniencies;

  /** The problem the parser reports where a bad UTF-8 sequence was replaced. */
  private static final String REPLACED_BYTE =
      "the bytes are not UTF-8: 0xff cannot start a character";

  /** What replaces the last hex digit of a bad escape in a name; not a hex digit. */
  private static final char REPLACED_DIGIT = 'g';

  /** The message of the problem at what was replaced, or null while nothing was. */
  private @Nullable String found;

  /**
   * How many columns further Jackson 3.3 places the problem than the older Jackson places the
   * replaced input: a bad escape is reported after the character that follows it, or after the
   * escape that follows it.
   */
  private int shift;

  /** Whether the input holds a byte 0xFF before any bad sequence: the parser stops there. */
  private boolean stopped;

  private InputLeniency(Leniencies leniencies) {
    this.leniencies = leniencies;
  }

  /**
   * The checks of one read on a Jackson that lets through {@code leniencies}: to take the input
   * through, and to reword its problems.
   */
  public static InputLeniency start(Leniencies leniencies) {
    return leniencies.any() ? new InputLeniency(leniencies) : NONE;
  }

  private boolean checksBytes() {
    return leniencies.badUtf8() || leniencies.surrogates();
  }

  /** {@code json}, or a copy with its first bad UTF-8 sequence replaced. */
  public byte[] bytes(byte[] json) {
    if (this == NONE) {
      return json;
    }
    if (leniencies.surrogateNamesInBytes()) {
      // the escape is ASCII: each byte one character, at the same index
      String text = new String(json, StandardCharsets.ISO_8859_1);
      String checked = text(text, true);
      if (checked != text) {
        return checked.getBytes(StandardCharsets.ISO_8859_1);
      }
    }
    if (!checksBytes()) {
      return json;
    }
    int at = firstBad(json, 0, json.length, leniencies.surrogates());
    if (at < 0 || json[at] == (byte) 0xFF) {
      return json;
    }
    byte[] copy = json.clone();
    replace(copy, at);
    return copy;
  }

  /** {@code in}, or a stream that replaces its first bad UTF-8 sequence as it is read. */
  public InputStream stream(InputStream in) {
    return takesBytesAsTheyAre() ? in : checking(in);
  }

  /**
   * True when the bytes of a document go to the parser as they are, {@link #stream} giving back the
   * stream it is given.
   */
  public boolean takesBytesAsTheyAre() {
    return this == NONE || !checksBytes();
  }

  /** {@code in} through the check, whatever the running Jackson. */
  public InputStream checking(InputStream in) {
    return new Checked(in);
  }

  /** The checks of one read, whatever the running Jackson: for tests. */
  public static InputLeniency always() {
    return new InputLeniency(new Leniencies(true, false, true, false));
  }

  /** {@code json}, or a copy in which a lone escaped surrogate in a property name is refused. */
  public String text(String json) {
    return text(json, leniencies.surrogateNames());
  }

  private String text(String json, boolean check) {
    if (this == NONE || !check || json.indexOf('\\') < 0) {
      return json;
    }
    int at = loneSurrogateInName(json);
    if (at < 0) {
      return json;
    }
    char unit = (char) Integer.parseInt(json.substring(at + 2, at + 6), 16);
    found =
        Character.isHighSurrogate(unit)
            ? JacksonMessages.reword("Broken surrogate pair in property name: x")
            : String.format("unexpected low surrogate in property name: 0x%04x", (int) unit);
    shift = json.startsWith("\\u", at + 6) ? 7 : 1;
    return json.substring(0, at + 5) + REPLACED_DIGIT + json.substring(at + 6);
  }

  /** The value {@code read} reads, its problems reworded where the input was replaced. */
  public <T> T reading(Supplier<T> read) {
    if (this == NONE) {
      return read.get();
    }
    try {
      return read.get();
    } catch (DiplomacyJsonException e) {
      throw reword(e);
    }
  }

  /** {@code e}, the problem at what was replaced saying what the document holds there. */
  public DiplomacyJsonException reword(DiplomacyJsonException e) {
    String message = found;
    if (message == null) {
      return e;
    }
    return DiplomacyJsonException.of(
        e.problems().stream()
            .map(
                p ->
                    p.code().equals(Codes.SYNTAX) && replaced(p.message())
                        ? new Problem(p.pointer(), p.line(), shifted(p.column()), p.code(), message)
                        : p)
            .toList(),
        e.truncated());
  }

  private java.util.OptionalInt shifted(java.util.OptionalInt column) {
    return column.isPresent()
        ? java.util.OptionalInt.of(column.getAsInt() + shift)
        : java.util.OptionalInt.empty();
  }

  private static boolean replaced(String message) {
    return message.equals(REPLACED_BYTE)
        || message.startsWith("unexpected character '" + REPLACED_DIGIT + "'");
  }

  /** Replaces the lead byte of the bad sequence at {@code at}, noting what it was. */
  private void replace(byte[] b, int at) {
    if (found == null) {
      found = describe(b, at);
    }
    b[at] = (byte) 0xFF;
  }

  /**
   * The index of the first sequence in {@code b[from, to)} that is well formed in shape (a lead
   * byte and its continuation bytes) but not UTF-8 (RFC 3629, section 4): overlong, or beyond
   * U+10FFFF; or of a byte 0xFF, which the parser refuses as it refuses a replaced byte. Other bad
   * bytes are left to the parser, which refuses them on every version. -1 when there is none; -2 -
   * i when the sequence that starts at i runs past {@code to}.
   */
  public static int firstBad(byte[] b, int from, int to) {
    return firstBad(b, from, to, false);
  }

  /**
   * As {@link #firstBad(byte[], int, int)}, counting a UTF-8 encoded surrogate as bad when {@code
   * surrogates}.
   */
  public static int firstBad(byte[] b, int from, int to, boolean surrogates) {
    int i = from;
    while (i < to) {
      int lead = b[i];
      if (lead >= 0) {
        i++;
        continue;
      }
      lead &= 0xFF;
      if (lead == 0xFF) {
        return i;
      }
      int length = lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : lead < 0xF8 ? 4 : 1;
      if (length == 1) {
        i++;
        continue;
      }
      if (i + length > to) {
        return -2 - i;
      }
      boolean shaped = true;
      for (int k = 1; k < length; k++) {
        shaped &= (b[i + k] & 0xC0) == 0x80;
      }
      if (shaped
          && (bad(lead, b[i + 1] & 0xFF) || surrogates && surrogate(lead, b[i + 1] & 0xFF))) {
        return i;
      }
      i += shaped ? length : 1;
    }
    return -1;
  }

  /** Whether a sequence of the right shape, with this lead and second byte, is not UTF-8. */
  private static boolean bad(int lead, int second) {
    return lead == 0xC0
        || lead == 0xC1
        || (lead == 0xE0 && second < 0xA0)
        || (lead == 0xF0 && second < 0x90)
        || (lead == 0xF4 && second > 0x8F)
        || (lead > 0xF4 && lead < 0xF8);
  }

  /** Whether a sequence of the right shape, with this lead and second byte, encodes a surrogate. */
  private static boolean surrogate(int lead, int second) {
    return lead == 0xED && second >= 0xA0;
  }

  private static String describe(byte[] b, int at) {
    int lead = b[at] & 0xFF;
    int length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    int value = lead & (0xFF >> (length + 1));
    StringBuilder bytes = new StringBuilder();
    for (int k = 0; k < length; k++) {
      if (k > 0) {
        value = (value << 6) | (b[at + k] & 0x3F);
        bytes.append(' ');
      }
      bytes.append(String.format("0x%02x", b[at + k] & 0xFF));
    }
    if (value >= 0xD800 && value <= 0xDFFF) {
      return JacksonMessages.reword(
          String.format("Invalid UTF-8: Illegal surrogate character (0x%x)", value));
    }
    return value > 0x10FFFF
        ? String.format("the bytes are not UTF-8: %s encodes 0x%x, beyond U+10FFFF", bytes, value)
        : String.format(
            "the bytes are not UTF-8: %s is an overlong encoding of U+%04X", bytes, value);
  }

  /**
   * The index of the backslash of the first lone escaped surrogate in a property name of {@code
   * json}, or -1. A string is a name when a colon follows it. A document with an escape outside any
   * string is refused by the parser before it gets there, and so is one with the replacing digit
   * outside a string before it: -1 then.
   */
  public static int loneSurrogateInName(String json) {
    int n = json.length();
    boolean inString = false;
    int lone = -1;
    for (int i = 0; i < n; i++) {
      char c = json.charAt(i);
      if (!inString) {
        if (c == REPLACED_DIGIT) {
          return -1;
        }
        if (c == '"') {
          inString = true;
          lone = -1;
        }
        continue;
      }
      if (c == '"') {
        inString = false;
        if (lone >= 0 && colonFollows(json, i + 1)) {
          return lone;
        }
      } else if (c == '\\' && i + 1 < n) {
        int unit = i + 5 < n && json.charAt(i + 1) == 'u' ? unit(json, i + 2) : -1;
        if (lone < 0 && unit >= 0xD800 && unit <= 0xDFFF) {
          boolean paired =
              unit <= 0xDBFF
                  && i + 11 < n
                  && json.charAt(i + 6) == '\\'
                  && json.charAt(i + 7) == 'u'
                  && unit(json, i + 8) >= 0xDC00
                  && unit(json, i + 8) <= 0xDFFF;
          if (paired) {
            i += 6;
          } else {
            lone = i;
          }
        }
        i += unit >= 0 ? 5 : 1;
      }
    }
    return -1;
  }

  private static int unit(String s, int at) {
    int v = 0;
    for (int k = at; k < at + 4; k++) {
      int d = Character.digit(s.charAt(k), 16);
      if (d < 0) {
        return -1;
      }
      v = v * 16 + d;
    }
    return v;
  }

  private static boolean colonFollows(String s, int at) {
    for (int i = at; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return c == ':';
      }
    }
    return false;
  }

  /** A stream that replaces the lead byte of its first bad UTF-8 sequence as it is read. */
  private final class Checked extends FilterInputStream {
    private final byte[] buffer = new byte[8192];
    private int position;
    private int checked;
    private int limit;
    private boolean ended;

    Checked(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      Objects.checkFromIndexSize(off, len, b.length);
      if (len == 0) {
        return 0;
      }
      if (position == checked && !fill()) {
        return -1;
      }
      int n = Math.min(len, checked - position);
      System.arraycopy(buffer, position, b, off, n);
      position += n;
      return n;
    }

    @Override
    public int available() {
      return checked - position;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = 0;
      byte[] sink = new byte[512];
      while (skipped < n) {
        int r = read(sink, 0, (int) Math.min(sink.length, n - skipped));
        if (r < 0) {
          break;
        }
        skipped += r;
      }
      return skipped;
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    /**
     * Reads on until some bytes are checked: a sequence cut at the end of what was read waits for
     * the rest. False at the end of the stream.
     */
    private boolean fill() throws IOException {
      int kept = limit - checked;
      System.arraycopy(buffer, checked, buffer, 0, kept);
      position = 0;
      checked = 0;
      limit = kept;
      while (checked == 0) {
        if (ended) {
          checked = limit;
          return limit > 0;
        }
        int r = in.read(buffer, limit, buffer.length - limit);
        if (r < 0) {
          ended = true;
        } else {
          limit += r;
          checked = check(limit);
        }
      }
      return true;
    }

    /** Replaces bad sequences in {@code buffer[0, to)}; the end of its complete sequences. */
    private int check(int to) {
      int from = 0;
      while (!stopped) {
        int at = firstBad(buffer, from, to, leniencies.surrogates());
        if (at == -1) {
          return to;
        }
        if (at < -1) {
          return -2 - at;
        }
        if (buffer[at] == (byte) 0xFF) {
          stopped = true;
        } else {
          replace(buffer, at);
          from = at + 1;
        }
      }
      return to;
    }
  }
}

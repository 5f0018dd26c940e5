package dev.diplomacy.core.actors;

import java.lang.Character.UnicodeScript;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A name reduced to what its spellings share, so that the variants of one name found in news text
 * compare equal: {@code Kim Jong-Un}, {@code Kim Jong-un} and {@code Kim Jong Un} all give {@code
 * kim jong un}; {@code Raúl Castro} and {@code Raul Castro} give {@code raul castro}; {@code Ri
 * Su-yong’} gives {@code ri su yong}.
 *
 * <p>The steps, in order:
 *
 * <ol>
 *   <li>lower case, by the rules of {@link Locale#ROOT}, and Unicode compatibility decomposition
 *       (NFKD), which turns {@code ú} into {@code u} and a combining acute accent, and full-width
 *       {@code Ｋ} into {@code k};
 *   <li>combining marks that sit on a Latin, Greek, Cyrillic, Arabic or Hebrew letter are dropped:
 *       accents and vowel points that writers often leave out ({@code Raúl}, {@code Nicolás}). In
 *       other scripts (Devanagari, Thai, the Japanese kana, ...) the marks are part of the letters
 *       and are kept, so that different names do not fall together;
 *   <li>a few Latin letters that have no decomposition are spelled out as their plain forms: {@code
 *       ß} as {@code ss}, {@code æ} as {@code ae}, {@code œ} as {@code oe}, {@code ø} as {@code o},
 *       {@code ł} as {@code l}, {@code đ} and {@code ð} as {@code d}, {@code þ} as {@code th},
 *       {@code ħ} as {@code h}, dotless {@code ı} as {@code i}; and the Greek final {@code ς} as
 *       {@code σ};
 *   <li>every character that is not a letter or digit ends a token: spaces, hyphens, quotes, dots,
 *       commas, brackets, and apostrophes such as {@code ' ’ ‘}, including the modifier letters
 *       written as apostrophes ({@code ʼ ʻ ʾ ʿ}). Tokens are joined by single spaces, with none at
 *       either end;
 *   <li>the result is composed again (NFC), so names in scripts such as Hangul keep their letters:
 *       {@code 김정은} stays {@code 김정은};
 *   <li>a last token that spells a generational suffix one of the longer ways is spelled as its
 *       short form: {@code junior} and {@code jnr} as {@code jr}, {@code senior} and {@code snr} as
 *       {@code sr}, so that {@code Donald Trump Junior} and {@code Donald Trump Jr.} give {@code
 *       donald trump jr}.
 * </ol>
 *
 * <p>A mention with no letter or digit at all gives the empty key.
 *
 * <p>A key of two tokens or more whose last token is a <em>generational suffix</em> ({@code jr},
 * {@code sr}, the Roman numerals {@code ii} to {@code ix} but {@code v}, and {@code 2nd}, {@code
 * 3rd}, {@code 4th}) has a {@linkplain #hasSuffix() suffix}: the suffix names another person than
 * the rest of the name, its {@linkplain #base() base}, does ({@code Donald Trump Jr.} is not {@code
 * Donald Trump}). A lone {@code i}, {@code v} or {@code x} is not taken for one, being as often an
 * initial or a name ({@code Malcolm X}).
 */
public final class NameKey {

  private final String value;

  private NameKey(String value) {
    this.value = value;
  }

  /** The generational suffixes, as the key spells them. */
  private static final Set<String> SUFFIXES =
      Set.of("jr", "sr", "ii", "iii", "iv", "vi", "vii", "viii", "ix", "2nd", "3rd", "4th");

  /** The longer spellings of the suffixes, by their short ones. */
  private static final Map<String, String> SUFFIX_SPELLINGS =
      Map.of("junior", "jr", "jnr", "jr", "senior", "sr", "snr", "sr");

  /** The key of a name or mention. */
  public static NameKey of(String mention) {
    String ascii = asciiKey(mention);
    return ascii != null ? new NameKey(ascii) : ofUnicode(mention);
  }

  /** {@code key} with a last token that spells a suffix a longer way spelled the short way. */
  private static String suffixSpelledShort(String key) {
    int space = key.lastIndexOf(' ');
    int length = key.length() - space - 1;
    if (space < 0 || (length != 3 && length != 6)) {
      return key; // no longer spelling: "jnr", "snr", "junior", "senior"
    }
    String last = SUFFIX_SPELLINGS.get(key.substring(space + 1));
    return last == null ? key : key.substring(0, space + 1) + last;
  }

  /**
   * The key of an ASCII mention, as {@link #ofUnicode} gives it but without its passes over the
   * text: in ASCII, NFKD and NFC change nothing, there are no marks and nothing to fold, and the
   * letters and digits are {@code A-Z}, {@code a-z} and {@code 0-9}. Null when {@code mention} is
   * not ASCII.
   */
  static String asciiKey(String mention) {
    int n = mention.length();
    byte[] key = new byte[n]; // never longer than the mention
    int length = 0;
    boolean gap = false;
    for (int i = 0; i < n; i++) {
      char c = mention.charAt(i);
      if (c >= 0x80) {
        return null;
      }
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (gap && length > 0) {
          key[length++] = ' ';
        }
        gap = false;
        key[length++] = (byte) c;
      } else {
        gap = true;
      }
    }
    return suffixSpelledShort(new String(key, 0, length, StandardCharsets.US_ASCII));
  }

  /** The key of any mention, by the steps above. */
  static NameKey ofUnicode(String mention) {
    String text =
        Normalizer.normalize(
            Normalizer.normalize(mention, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT),
            Normalizer.Form.NFKD);
    StringBuilder b = new StringBuilder(text.length());
    boolean gap = false; // a separator was seen since the last letter or digit
    boolean keepMarks = false; // whether marks on the current base letter are kept
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (isMark(cp)) {
        if (keepMarks && !gap) {
          b.appendCodePoint(cp);
        }
      } else if (Character.isLetterOrDigit(cp) && !isApostrophe(cp)) {
        if (gap && b.length() > 0) {
          b.append(' ');
        }
        gap = false;
        keepMarks = Character.isLetter(cp) && !accentedScript(cp);
        fold(b, cp);
      } else {
        gap = true;
        keepMarks = false;
      }
    }
    return new NameKey(suffixSpelledShort(Normalizer.normalize(b, Normalizer.Form.NFC)));
  }

  /** Modifier letters written as apostrophes or primes ({@code ʹ ʺ ʻ ʼ ʽ ʾ ʿ ˈ}). */
  private static boolean isApostrophe(int cp) {
    return (cp >= 0x02B9 && cp <= 0x02BF) || cp == 0x02C8;
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /** Scripts whose combining marks are accents or optional vowel points. */
  private static boolean accentedScript(int cp) {
    if (cp < 0x80) {
      return true; // the ASCII letters are Latin
    }
    switch (UnicodeScript.of(cp)) {
      case LATIN:
      case GREEK:
      case CYRILLIC:
      case ARABIC:
      case HEBREW:
        return true;
      default:
        return false;
    }
  }

  private static void fold(StringBuilder b, int cp) {
    switch (cp) {
      case 'ß':
        b.append("ss");
        break;
      case 'æ':
        b.append("ae");
        break;
      case 'œ':
        b.append("oe");
        break;
      case 'ø':
        b.append('o');
        break;
      case 'ł':
        b.append('l');
        break;
      case 'đ':
      case 'ð':
        b.append('d');
        break;
      case 'þ':
        b.append("th");
        break;
      case 'ħ':
        b.append('h');
        break;
      case 'ı':
        b.append('i');
        break;
      case 'ς':
        b.append('σ');
        break;
      default:
        b.appendCodePoint(cp);
    }
  }

  /** The normalised text: lower case tokens joined by single spaces; empty if there are none. */
  public String value() {
    return value;
  }

  /** True when the key ends with a generational suffix, after at least one other token. */
  boolean hasSuffix() {
    int space = value.lastIndexOf(' ');
    int length = value.length() - space - 1;
    return space >= 0 && length <= 4 && SUFFIXES.contains(value.substring(space + 1));
  }

  /** The key without its generational suffix; the whole key when it has none. */
  String base() {
    return hasSuffix() ? value.substring(0, value.lastIndexOf(' ')) : value;
  }

  /** True when the mention had no letter or digit. */
  boolean isEmpty() {
    return value.isEmpty();
  }

  /** The tokens, in order. */
  List<String> tokens() {
    return value.isEmpty()
        ? List.of()
        : Collections.unmodifiableList(Arrays.asList(value.split(" ")));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NameKey k && k.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The {@linkplain #value() value}. */
  @Override
  public String toString() {
    return value;
  }
}

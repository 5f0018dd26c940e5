package dev.diplomacy.core.internal;

import dev.diplomacy.core.validation.Finding;
import dev.diplomacy.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Collects the broken rules of one value, then throws them all at once. Value types use it in their
 * {@code @Value.Check} method:
 *
 * <pre>{@code
 * Checks.of("Meeting")
 *     .require(distinct >= 2, "participants", "meeting.participants.distinct", "...")
 *     .throwIfAny();
 * }</pre>
 */
public final class Checks {

  /** The code of text that is not valid Unicode. */
  public static final String UNICODE = "text.unicode";

  /**
   * The most findings one value keeps: the rest are counted, not made ({@link
   * ValidationException#omitted()}), so that a value breaking a rule a million times (one actor
   * listed a million times) costs no more memory than one breaking it a hundred times.
   */
  public static final int MAX_FINDINGS = 100;

  private final String type;

  /** The findings, made on the first: a value with none, the usual case, allocates nothing here. */
  private @Nullable List<Finding> findings;

  /** The findings past {@link #MAX_FINDINGS}, counted only. */
  private int omitted;

  private Checks(String type) {
    this.type = type;
  }

  /** Starts the checks of a value of the named type (its simple name, e.g. {@code Meeting}). */
  public static Checks of(String type) {
    return new Checks(type);
  }

  /** Records an error unless {@code ok}. */
  public Checks require(boolean ok, String path, String code, String message) {
    if (!ok) {
      add(Finding.error(path, code, message));
    }
    return this;
  }

  private void add(Finding finding) {
    if (full()) {
      omitted++;
      return;
    }
    if (findings == null) {
      findings = new ArrayList<>();
    }
    findings.add(finding);
  }

  /** Whether {@link #MAX_FINDINGS} findings are kept, so that the next is only counted. */
  private boolean full() {
    return findings != null && findings.size() >= MAX_FINDINGS;
  }

  /** Records an error unless {@code ok}, with a message made only then (and not past the limit). */
  public Checks require(boolean ok, String path, String code, Supplier<String> message) {
    if (!ok) {
      if (full()) {
        omitted++;
      } else {
        add(Finding.error(path, code, message.get()));
      }
    }
    return this;
  }

  /**
   * The rules of every text of the model: an error coded {@code blankCode} when {@code text} is
   * {@linkplain #isBlank blank}, and one coded {@value #UNICODE} when it is not valid Unicode (it
   * has a lone surrogate, as text cut in the middle of an emoji has), which no JSON or UTF-8 can
   * carry.
   */
  public Checks text(String text, String path, String blankCode) {
    if (isBlank(text)) {
      add(Finding.error(path, blankCode, path + " must not be blank"));
    }
    Finding invalid = unicode(text, path);
    if (invalid != null) {
      add(invalid);
    }
    return this;
  }

  /** The rules of {@link #text(String, String, String)}, when the text is given. */
  public Checks text(Optional<String> text, String path, String blankCode) {
    return text.isPresent() ? text(text.get(), path, blankCode) : this;
  }

  /** The rules of {@link #text(String, String, String)} for each element, at {@code path[i]}. */
  public Checks texts(List<String> texts, String path, String blankCode) {
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      if (isBlank(text) || loneSurrogate(text) >= 0) {
        text(text, path + "[" + i + "]", blankCode);
      }
    }
    return this;
  }

  /**
   * True when {@code text} shows nothing: it is empty, or holds only white space and invisible
   * format characters. White space is every space of Unicode, the no-break ones too ({@code
   * U+00A0}, {@code U+2007}, {@code U+202F}), tabs and line breaks; format characters are those of
   * Unicode's category Cf: zero-width spaces and joiners ({@code U+200B} to {@code U+200D}, {@code
   * U+2060}), direction marks, the byte-order mark ({@code U+FEFF}), the soft hyphen. Unlike {@link
   * String#isBlank()}, which knows neither, a name of one no-break space is blank.
   */
  public static boolean isBlank(CharSequence text) {
    for (int i = 0; i < text.length(); ) {
      int c = Character.codePointAt(text, i);
      if (!Character.isWhitespace(c)
          && !Character.isSpaceChar(c)
          && Character.getType(c) != Character.FORMAT) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /**
   * True when every character of {@code text} is ASCII: text that Unicode normalisation leaves as
   * it is, so that a caller may skip it.
   */
  public static boolean isAscii(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * The finding, coded {@value #UNICODE}, when {@code text} is not valid Unicode; null when it is.
   */
  public static @Nullable Finding unicode(String text, String path) {
    int bad = loneSurrogate(text);
    if (bad < 0) {
      return null;
    }
    return Finding.error(
        path,
        UNICODE,
        path
            + " is not valid Unicode: it has a lone surrogate (\\u"
            + String.format("%04X", (int) text.charAt(bad))
            + ") at index "
            + bad);
  }

  /**
   * The index of the first lone surrogate of {@code s} (a surrogate that is not half of a pair), or
   * -1 when there is none.
   */
  public static int loneSurrogate(CharSequence s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < n
            && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      }
    }
    return -1;
  }

  /** Records an error at {@code path[i]} for each element equal to one before it. */
  public <T> Checks unique(List<T> values, String path, String code, String what) {
    return unique(values, Function.identity(), path, code, what);
  }

  /**
   * Records an error at {@code path[i]} for each element whose {@code key} equals the key of one
   * before it: {@code unique(citations, Citation::source, ...)}. Lists of none or one, the usual
   * case, cost nothing, and two are compared without a set.
   */
  public <T, K> Checks unique(
      List<T> values, Function<? super T, K> key, String path, String code, String what) {
    int n = values.size();
    if (n < 2) {
      return this;
    }
    if (n == 2) {
      K second = key.apply(values.get(1));
      if (key.apply(values.get(0)).equals(second)) {
        add(Finding.error(path + "[1]", code, what + " " + second + " is listed twice"));
      }
      return this;
    }
    Set<K> seen = new HashSet<>();
    for (int i = 0; i < n; i++) {
      K k = key.apply(values.get(i));
      if (!seen.add(k)) {
        add(Finding.error(path + "[" + i + "]", code, what + " " + k + " is listed twice"));
      }
    }
    return this;
  }

  /** Adds findings found elsewhere, e.g. by a shared rule. */
  public Checks addAll(Collection<Finding> more) {
    if (more.isEmpty()) {
      return this; // the common case: nothing to add, and no iterator made for it
    }
    for (Finding finding : more) {
      add(finding);
    }
    return this;
  }

  /** True when nothing is broken so far. */
  public boolean isEmpty() {
    return findings == null;
  }

  /**
   * Throws a {@link ValidationException} listing every broken rule, if any, up to {@link
   * #MAX_FINDINGS}, and counting the others.
   */
  public void throwIfAny() {
    if (findings != null) {
      throw new ValidationException(type, findings, omitted);
    }
  }
}

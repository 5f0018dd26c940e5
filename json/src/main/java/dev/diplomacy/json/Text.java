package dev.diplomacy.json;

import dev.diplomacy.core.validation.Checks;

/** Checks on text that JSON allows but Unicode does not. */
final class Text {

  private Text() {}

  /** The index of the first unpaired surrogate of {@code s}, or -1 when it is valid Unicode: the core's rule. */
  static int loneSurrogate(String s) {
    return Checks.loneSurrogate(s);
  }

  /** Why {@code s} is refused, given the index of its lone surrogate. */
  static String loneSurrogateMessage(String what, String s, int index) {
    return what
        + " contains a lone surrogate (\\u"
        + String.format("%04X", (int) s.charAt(index))
        + " at index "
        + index
        + "): it is not valid Unicode";
  }
}

package dev.diplomacy.json;

/** Checks on text that JSON allows but Unicode does not. */
final class Text {

  private Text() {}

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

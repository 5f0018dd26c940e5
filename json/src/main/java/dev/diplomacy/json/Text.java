package dev.diplomacy.json;

/** Checks on text that JSON allows but Unicode does not. */
final class Text {

  private Text() {}

  /** The index of the first unpaired surrogate of {@code s}, or -1 when it is valid Unicode. */
  static int loneSurrogate(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      }
    }
    return -1;
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

package dev.diplomacy.json.format.internal;

/** JSON Pointers (RFC 6901), and the translation of the core's Java paths into them. */
public final class Pointers {

  private static final String EXTENSIONS = "extensions";

  private Pointers() {}

  /**
   * {@code pointer} extended by the member {@code name}: {@code /a} and {@code b/c} give {@code
   * /a/b~1c}.
   */
  public static String child(String pointer, String name) {
    return pointer + "/" + escape(name);
  }

  /**
   * A pointer segment for {@code name}: {@code ~} becomes {@code ~0}, {@code /} becomes {@code ~1}.
   */
  public static String escape(String name) {
    if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
      return name;
    }
    return name.replace("~", "~0").replace("/", "~1");
  }

  /**
   * The pointer of the core's Java path {@code path} (as in {@code Finding.path()}) below the value
   * at {@code base}. JSON property names are the Java attribute names, so {@code
   * participants[1].actor} becomes {@code /participants/1/actor}. Extensions are written inline, so
   * {@code extensions[acme:x]} becomes {@code /acme:x}.
   */
  public static String fromJavaPath(String base, String path) {
    StringBuilder out = new StringBuilder(base);
    int i = 0;
    int n = path.length();
    while (i < n) {
      char c = path.charAt(i);
      if (c == '.') {
        i++;
      } else if (c == '[') {
        int close = closingBracket(path, i);
        segment(out, path.substring(i + 1, close));
        i = close + 1;
      } else {
        int end = i;
        while (end < n && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        String name = path.substring(i, end);
        if (name.equals(EXTENSIONS) && end < n && path.charAt(end) == '[') {
          int close = closingBracket(path, end);
          segment(out, path.substring(end + 1, close));
          i = close + 1;
        } else {
          segment(out, name);
          i = end;
        }
      }
    }
    return out.toString();
  }

  /**
   * The {@code ]} that closes the bracket at {@code open}: the first followed by the end, a dot or
   * a bracket; the end of the path when there is none.
   */
  private static int closingBracket(String path, int open) {
    int n = path.length();
    for (int j = open + 1; j < n; j++) {
      if (path.charAt(j) == ']'
          && (j + 1 == n || path.charAt(j + 1) == '.' || path.charAt(j + 1) == '[')) {
        return j;
      }
    }
    return n;
  }

  private static void segment(StringBuilder out, String name) {
    out.append('/').append(escape(name));
  }
}

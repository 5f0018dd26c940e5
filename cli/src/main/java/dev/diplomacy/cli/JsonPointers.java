package dev.diplomacy.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * JSON Pointers (RFC 6901) for the library's Java paths. A finding of the library names where it
 * is with the Java attribute names, {@code events[3].recipients[0]}; the JSON property names are
 * those names, so the pointer is {@code /events/3/recipients/0}. Extensions are written inline, so
 * {@code events[0].extensions[acme:x]} is {@code /events/0/acme:x}.
 */
final class JsonPointers {

  private static final String EXTENSIONS = "extensions";

  private JsonPointers() {}

  /** The pointer of the Java path {@code path}; {@code ""} (the whole document) for an empty path. */
  static String fromJavaPath(String path) {
    StringBuilder out = new StringBuilder();
    for (String segment : segments(path)) {
      out.append('/').append(escape(segment));
    }
    return out.toString();
  }

  /** The pointer of the value that holds the one at {@code pointer}; {@code ""} for the whole document. */
  static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }

  /** A pointer segment for {@code name}: {@code ~} becomes {@code ~0}, {@code /} becomes {@code ~1}. */
  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  /**
   * The names and indexes of a Java path, in order: {@code a.b[1].c} gives {@code a, b, 1, c}. A
   * bracket closes at the first {@code ]} followed by the end, a dot or another bracket, so that
   * a name in brackets may hold dots and brackets of its own.
   */
  private static List<String> segments(String path) {
    List<String> segments = new ArrayList<>();
    int i = 0;
    int n = path.length();
    while (i < n) {
      char c = path.charAt(i);
      if (c == '.') {
        i++;
      } else if (c == '[') {
        int close = closingBracket(path, i);
        String inside = path.substring(i + 1, close);
        boolean extension = !segments.isEmpty() && segments.get(segments.size() - 1).equals(EXTENSIONS) && !isIndex(inside);
        if (extension) {
          segments.set(segments.size() - 1, inside);
        } else {
          segments.add(inside);
        }
        i = Math.min(close + 1, n);
      } else {
        int end = i;
        while (end < n && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        segments.add(path.substring(i, end));
        i = end;
      }
    }
    return segments;
  }

  private static boolean isIndex(String s) {
    return !s.isEmpty() && s.chars().allMatch(ch -> ch >= '0' && ch <= '9');
  }

  private static int closingBracket(String path, int open) {
    int n = path.length();
    for (int j = open + 1; j < n; j++) {
      if (path.charAt(j) == ']' && (j + 1 == n || path.charAt(j + 1) == '.' || path.charAt(j + 1) == '[')) {
        return j;
      }
    }
    return n;
  }
}

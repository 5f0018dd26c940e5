package dev.diplomacy.core;

import dev.diplomacy.core.validation.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rule for extension names, shared by every type that carries extensions: {@code
 * namespace:name}, where the namespace is lower case ASCII letters, digits and {@code -}, starting
 * with a letter ({@code acme:confidence}, {@code icews:storyId}), and the name is non-blank.
 */
public final class Extensions {

  private Extensions() {}

  /** True when {@code key} is a valid extension name. */
  public static boolean isValidKey(String key) {
    int colon = key.indexOf(':');
    if (colon <= 0 || colon == key.length() - 1 || key.substring(colon + 1).isBlank()) {
      return false;
    }
    if (key.charAt(0) < 'a' || key.charAt(0) > 'z') {
      return false;
    }
    for (int i = 1; i < colon; i++) {
      char c = key.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /**
   * The findings for invalid keys of {@code extensions}, at {@code extensions[key]}, each with the
   * code {@code <owner>.extensions.key}.
   */
  public static List<Finding> check(String owner, Map<String, ExtensionValue> extensions) {
    List<Finding> out = new ArrayList<>();
    for (String key : extensions.keySet()) {
      if (!isValidKey(key)) {
        out.add(
            Finding.error(
                "extensions[" + key + "]",
                owner + ".extensions.key",
                "extension name '" + key + "' must be namespace:name, e.g. acme:confidence"));
      }
    }
    return out;
  }
}

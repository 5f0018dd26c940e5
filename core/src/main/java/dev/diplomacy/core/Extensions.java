package dev.diplomacy.core;

import dev.diplomacy.core.validation.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rule for extension names, shared by every type that carries extensions.
 *
 * <p>Extensions are properties the library carries without knowing their meaning, and writes back
 * as they were read. Two kinds of name are allowed:
 *
 * <ul>
 *   <li>namespaced, {@code namespace:name}: the way to add your own properties ({@code
 *       acme:confidence}, {@code icews:storyId}); the namespace is lower case ASCII letters, digits
 *       and {@code -}, starting with a letter;
 *   <li>plain names ({@code newField}): properties defined by a newer version of the format, which
 *       lenient reading keeps so that nothing is lost.
 * </ul>
 *
 * A name is 1 to 256 characters with no control characters; a name with a colon must be a valid
 * namespaced name.
 */
public final class Extensions {

  /** How many keys found valid are remembered, by instance ({@link #isKnownValid}). */
  private static final int KNOWN = 512;

  /**
   * Keys found valid, each in the slot of its hash. A key is trusted only when this very instance
   * was checked: a String is immutable, so it stays valid. Threads may race on a slot; a reference
   * is written whole, and a String published by a race is still whole (its fields are final), so
   * the worst a race does is make a key be checked again.
   */
  private static final String[] KNOWN_VALID = new String[KNOWN];

  private Extensions() {}

  /** True when {@code key} is a valid extension name (namespaced or plain). */
  public static boolean isValidKey(String key) {
    if (key.isEmpty() || key.length() > 256 || hasControl(key)) {
      return false;
    }
    int colon = key.indexOf(':');
    if (colon < 0) {
      return !key.isBlank();
    }
    // a valid namespace starts with a letter, so the whole name is not blank
    return colon > 0 && isNamespace(key, colon) && !isBlankFrom(key, colon + 1);
  }

  /** True when the first {@code end} characters of {@code key} are a namespace. */
  private static boolean isNamespace(String key, int end) {
    if (key.charAt(0) < 'a' || key.charAt(0) > 'z') {
      return false;
    }
    for (int i = 1; i < end; i++) {
      char c = key.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when {@code key} from {@code start} is empty or white space, as {@link String#isBlank}
   * says, without taking a substring: every white-space character is a single char.
   */
  private static boolean isBlankFrom(String key, int start) {
    for (int i = start; i < key.length(); i++) {
      if (!Character.isWhitespace(key.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasControl(String key) {
    for (int i = 0; i < key.length(); i++) {
      if (Character.isISOControl(key.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The findings for invalid keys of {@code extensions}, at {@code extensions[key]}, each with the
   * code {@code <owner>.extensions.key}.
   */
  public static List<Finding> check(String owner, Map<String, ExtensionValue> extensions) {
    if (extensions.isEmpty()) {
      return List.of();
    }
    List<Finding> out = List.of();
    for (String key : extensions.keySet()) {
      if (!isKnownValid(key)) {
        if (out.isEmpty()) {
          out = new ArrayList<>();
        }
        out.add(
            Finding.error(
                "extensions[" + key + "]",
                owner + ".extensions.key",
                "extension name '"
                    + key
                    + "' is invalid: 1 to 256 characters without control characters, and a namespace of lower case letters, digits or '-' before any colon, e.g. acme:confidence"));
      }
    }
    return out;
  }

  /**
   * {@link #isValidKey}, remembering the instances found valid: the keys of an import's values are
   * the same few constants for every row, and a reader's are the field names its parser keeps.
   */
  private static boolean isKnownValid(String key) {
    int slot = key.hashCode() & (KNOWN - 1);
    if (KNOWN_VALID[slot] == key) {
      return true;
    }
    if (!isValidKey(key)) {
      return false;
    }
    KNOWN_VALID[slot] = key;
    return true;
  }

  /** True when {@code key} is namespaced ({@code acme:confidence}): a user's own extension. */
  public static boolean isNamespaced(String key) {
    return key.indexOf(':') > 0 && isValidKey(key);
  }
}

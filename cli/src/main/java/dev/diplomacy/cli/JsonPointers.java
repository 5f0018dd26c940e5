package dev.diplomacy.cli;

import dev.diplomacy.json.DiplomacyJson;

/**
 * JSON Pointers (RFC 6901) for the tool: the pointer of a finding's Java path (the json module's
 * {@link DiplomacyJson#pointerOf}), and the small operations on pointers that locating a finding in
 * a file needs.
 */
final class JsonPointers {

  private JsonPointers() {}

  /**
   * The pointer of the Java path {@code path}; {@code ""} (the whole document) for an empty path.
   */
  static String fromJavaPath(String path) {
    return DiplomacyJson.pointerOf(path);
  }

  /**
   * The pointer of the value that holds the one at {@code pointer}; {@code ""} for the whole
   * document.
   */
  static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }

  /**
   * A pointer segment for {@code name}: {@code ~} becomes {@code ~0}, {@code /} becomes {@code ~1}.
   */
  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}

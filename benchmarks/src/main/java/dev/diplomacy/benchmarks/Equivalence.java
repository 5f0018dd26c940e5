package dev.diplomacy.benchmarks;

import java.nio.charset.StandardCharsets;

/** The check that a benchmark's library and baselines read and write the same JSON. */
final class Equivalence {

  private Equivalence() {}

  /**
   * Throws unless {@code library} and every one of {@code records}, each side's JSON written back
   * after reading {@code bytes}, are all exactly {@code bytes}.
   */
  static void require(String what, byte[] bytes, String library, String... records) {
    require(what, new String(bytes, StandardCharsets.UTF_8), library, records);
  }

  /** The same, of JSON already decoded. */
  static void require(String what, String expected, String library, String... records) {
    if (!expected.equals(library)) {
      throw new IllegalStateException(
          "the library does not write back the "
              + what
              + " it read:\n"
              + expected
              + "\n"
              + library);
    }
    for (String written : records) {
      if (!expected.equals(written)) {
        throw new IllegalStateException(
            "the records do not write back the "
                + what
                + " the library wrote:\n"
                + expected
                + "\n"
                + written);
      }
    }
  }
}

package dev.diplomacy.benchmarks;

import java.nio.charset.StandardCharsets;

/** The check that a benchmark's library and baseline read and write the same JSON. */
final class Equivalence {

  private Equivalence() {}

  /**
   * Throws unless {@code library} and {@code records}, each side's JSON written back after reading
   * {@code bytes}, are both exactly {@code bytes}.
   */
  static void require(String what, byte[] bytes, String library, String records) {
    String expected = new String(bytes, StandardCharsets.UTF_8);
    if (!expected.equals(library)) {
      throw new IllegalStateException(
          "the library does not write back the "
              + what
              + " it read:\n"
              + expected
              + "\n"
              + library);
    }
    if (!expected.equals(records)) {
      throw new IllegalStateException(
          "the records do not write back the "
              + what
              + " the library wrote:\n"
              + expected
              + "\n"
              + records);
    }
  }
}

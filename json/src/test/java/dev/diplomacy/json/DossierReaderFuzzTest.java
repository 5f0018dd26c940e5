package dev.diplomacy.json;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.json.format.DiplomacyJsonException;
import dev.diplomacy.json.format.ErrorPolicy;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Fuzzes the readers with Jazzer: whatever the bytes, reading gives a value or a {@link
 * DiplomacyJsonException}, never another exception or error (a {@code NullPointerException}, a
 * {@code StackOverflowError}, an {@code OutOfMemoryError}, a Jackson exception); and what is read
 * writes back and reads back equal.
 *
 * <p>{@code mvn verify} runs it in regression mode, over the seed corpus in {@code
 * src/test/resources/dev/diplomacy/json/DossierReaderFuzzTestInputs/readsAnyBytesSafely/}. To fuzz
 * for real, see {@code json/FUZZING.md}.
 */
class DossierReaderFuzzTest {

  private static final DiplomacyJson STRICT = DiplomacyJson.strict();
  private static final DiplomacyJson LENIENT = DiplomacyJson.lenient();

  @FuzzTest(maxDuration = "2m")
  @DictionaryFile(resourcePath = "/dev/diplomacy/json/DossierReaderFuzzTest.dict")
  void readsAnyBytesSafely(byte[] input) {
    Dossier strict = read(() -> STRICT.read(input, Dossier.class));
    if (strict != null) {
      same(
          "strict dossier, written and read back",
          strict,
          STRICT.read(STRICT.write(strict), Dossier.class));
      same("strict dossier, read leniently", strict, LENIENT.read(input, Dossier.class));
      same(
          "strict dossier, read as text",
          strict,
          STRICT.read(new String(input, StandardCharsets.UTF_8), Dossier.class));
    }
    Dossier lenient = read(() -> LENIENT.read(input, Dossier.class));
    if (lenient != null) {
      same(
          "lenient dossier, written and read back",
          lenient,
          LENIENT.read(LENIENT.write(lenient), Dossier.class));
    }
    for (DiplomacyJson json : List.of(STRICT, LENIENT)) {
      Event event = read(() -> json.read(input, Event.class));
      if (event != null) {
        same(
            json.mode() + " event, written and read back",
            event,
            json.read(json.write(event), Event.class));
      }
    }
    readLines(input);
  }

  /**
   * Reads {@code input} as NDJSON, failing fast and skipping bad lines: the same good lines, as
   * many as reported.
   */
  private static void readLines(byte[] input) {
    List<Event> failFast = new ArrayList<>();
    boolean failed = false;
    try (NdjsonReader<Event> r =
        NdjsonReader.of(
            STRICT, Event.class, new ByteArrayInputStream(input), ErrorPolicy.failFast())) {
      r.forEachRemaining(failFast::add);
    } catch (DiplomacyJsonException e) {
      failed = true;
    }
    List<Event> skipping = new ArrayList<>();
    List<DiplomacyJsonException> reports = new ArrayList<>();
    try (NdjsonReader<Event> r =
        NdjsonReader.of(
            STRICT,
            Event.class,
            new ByteArrayInputStream(input),
            ErrorPolicy.skipAndReport(reports::add))) {
      r.forEachRemaining(skipping::add);
      check(r.skippedLines() == reports.size(), "every skipped line is reported");
    }
    check(failed == !reports.isEmpty(), "failing fast fails exactly when a line is reported");
    check(
        skipping.subList(0, Math.min(failFast.size(), skipping.size())).equals(failFast),
        "skipping keeps the lines before the first bad one");
    check(
        failed || skipping.equals(failFast),
        "without bad lines, both policies read the same events");
  }

  private static <T> @Nullable T read(Supplier<T> read) {
    try {
      return read.get();
    } catch (DiplomacyJsonException e) {
      check(!e.problems().isEmpty(), "a DiplomacyJsonException lists its problems");
      return null;
    }
  }

  private static void same(String what, Object expected, Object actual) {
    check(expected.equals(actual), what + ": " + expected + " became " + actual);
  }

  private static void check(boolean holds, String what) {
    if (!holds) {
      throw new AssertionError(what);
    }
  }
}

package dev.diplomacy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.json.BadCorpus.BadDocument;
import dev.diplomacy.json.format.DiplomacyJsonException;
import dev.diplomacy.json.format.ErrorPolicy;
import dev.diplomacy.json.format.Mode;
import dev.diplomacy.json.format.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every document of the corpus of hostile and malformed input fails with a {@link
 * DiplomacyJsonException} whose first problem has the code and pointer the index expects, read as
 * bytes, as text and as a stream alike, without hanging: each read must end within ten seconds, a
 * bound a slow, busy machine meets (the largest document, a 50 MB string, takes about 0.2 s on a
 * quiet one), while a read that is quadratic or stuck in the input does not.
 */
class BadInputTest {

  private static final Duration BOUND = Duration.ofSeconds(10);

  static Stream<BadDocument> corpus() {
    return BadCorpus.all().stream();
  }

  @Test
  void holdsAtLeastOneHundredDocumentsEachListedOnce() throws IOException {
    List<BadDocument> all = BadCorpus.all();
    assertThat(all).hasSizeGreaterThanOrEqualTo(100);
    List<String> names = all.stream().map(BadDocument::file).collect(Collectors.toList());
    assertThat(names).doesNotHaveDuplicates();
    assertThat(all).allSatisfy(d -> assertThat(d.reader()).isIn("dossier", "event", "ndjson"));
    assertThat(all).allSatisfy(d -> assertThat(d.schema()).isIn("reject", "accept", "skip"));
    assertThat(all)
        .allSatisfy(
            d ->
                assertThat(d.line().isPresent())
                    .as(d.file())
                    .isEqualTo(d.reader().equals("ndjson")));
    assertThat(names).containsAll(BadCorpus.generatedNames());

    Path directory = Paths.get("src/test/resources", BadCorpus.DIRECTORY);
    Set<String> committed;
    try (Stream<Path> files = Files.list(directory)) {
      committed =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> !n.equals("index.tsv"))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    Set<String> listed = new TreeSet<>(names);
    listed.removeAll(BadCorpus.generatedNames());
    assertThat(committed).as("files in %s and files in its index", directory).isEqualTo(listed);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void failsWithTheExpectedProblemWithoutHanging(BadDocument bad) {
    byte[] bytes = bad.bytes();
    DiplomacyJson json =
        bad.mode() == Mode.STRICT ? DiplomacyJson.strict() : DiplomacyJson.lenient();
    if (bad.reader().equals("ndjson")) {
      expectFailure(bad, "NDJSON, fail fast", () -> readAll(json, new ByteArrayInputStream(bytes)));
      expectReported(bad, json, bytes);
      return;
    }
    Class<?> type = bad.reader().equals("dossier") ? Dossier.class : Event.class;
    expectFailure(bad, "bytes", () -> json.read(bytes, type));
    expectFailure(
        bad, "stream", () -> json.read((InputStream) new ByteArrayInputStream(bytes), type));
    utf8(bytes).ifPresent(text -> expectFailure(bad, "text", () -> json.read(text, type)));
  }

  private static void expectFailure(BadDocument bad, String how, Runnable read) {
    Throwable thrown =
        assertTimeoutPreemptively(
            BOUND,
            () -> catchThrowable(read::run),
            () -> bad + " read as " + how + " took more than " + BOUND.toSeconds() + " s");
    assertThat(thrown).as("%s read as %s", bad, how).isInstanceOf(DiplomacyJsonException.class);
    expectFirst(bad, how, (DiplomacyJsonException) thrown);
  }

  private static void expectFirst(BadDocument bad, String how, DiplomacyJsonException e) {
    Problem first = e.problems().get(0);
    assertThat(first.code())
        .as("%s read as %s: the code of %s", bad, how, e.problems())
        .isEqualTo(bad.code());
    assertThat(first.pointer())
        .as("%s read as %s: the pointer of %s", bad, how, e.problems())
        .isEqualTo(bad.pointer());
    if (bad.line().isPresent()) {
      assertThat(first.line()).as("%s: the line of %s", bad, first).hasValue(bad.line().getAsInt());
    }
  }

  /** Skipping and reporting reads to the end, and reports the same problem first. */
  private static void expectReported(BadDocument bad, DiplomacyJson json, byte[] bytes) {
    List<DiplomacyJsonException> reports = new ArrayList<>();
    Throwable thrown =
        assertTimeoutPreemptively(
            BOUND,
            () ->
                catchThrowable(
                    () -> {
                      try (NdjsonReader<Event> r =
                          NdjsonReader.of(
                              json,
                              Event.class,
                              new ByteArrayInputStream(bytes),
                              ErrorPolicy.skipAndReport(reports::add))) {
                        r.forEachRemaining(e -> {});
                      }
                    }));
    assertThat(thrown).as("%s, skipping bad lines", bad).isNull();
    assertThat(reports).as("%s, the bad lines reported", bad).isNotEmpty();
    expectFirst(bad, "NDJSON, skip and report", reports.get(0));
  }

  private static void readAll(DiplomacyJson json, InputStream in) {
    try (NdjsonReader<Event> r = NdjsonReader.of(json, Event.class, in, ErrorPolicy.failFast())) {
      r.forEachRemaining(e -> {});
    }
  }

  /** The text of {@code bytes}, when they are UTF-8. */
  private static Optional<String> utf8(byte[] bytes) {
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}

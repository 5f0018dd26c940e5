package dev.diplomacy.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.diplomacy.core.actors.Actor;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.geography.Place;
import dev.diplomacy.core.relations.Relationship;
import dev.diplomacy.core.sources.Source;
import dev.diplomacy.json.BadCorpus;
import dev.diplomacy.json.BadCorpus.BadDocument;
import dev.diplomacy.json.DiplomacyJson;
import dev.diplomacy.json.Golden;
import dev.diplomacy.json.NdjsonWriter;
import dev.diplomacy.json.format.DiplomacyJsonException;
import dev.diplomacy.json.format.ErrorPolicy;
import dev.diplomacy.json.format.JsonLimits;
import dev.diplomacy.json.format.Mode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The Jackson 2 binding against the Jackson 3 binding, on the Jackson 3 binding's own golden files
 * and bad documents (its test-jar): the same values read, the same bytes written, the same problem
 * codes and pointers in both modes, under the same limits.
 */
class BindingsAgreeTest {

  private static final List<Class<?>> TYPES =
      List.of(
          Dossier.class, Event.class, Actor.class, Source.class, Relationship.class, Place.class);

  @TestFactory
  Stream<DynamicTest> goldenFilesReadToEqualValuesAndAreWrittenToTheSameBytes() {
    return goldenNames().stream()
        .map(
            name ->
                DynamicTest.dynamicTest(
                    name,
                    () -> {
                      String golden = Golden.text(name);
                      for (Mode mode : Mode.values()) {
                        DiplomacyJson j3 = DiplomacyJson.builder().mode(mode).build();
                        DiplomacyJackson2 j2 = DiplomacyJackson2.builder().mode(mode).build();
                        Class<?> type = typeOf(golden);
                        Throwable refused = catchThrowable(() -> j3.read(golden, type));
                        if (refused != null) {
                          // an opaque kind, which strict reading refuses: alike
                          assertThat(pointersAndCodes(() -> j2.read(golden, type)))
                              .isEqualTo(pointersAndCodes(() -> j3.read(golden, type)));
                          continue;
                        }
                        Object three = j3.read(golden, type);
                        Object two = j2.read(golden, type);
                        assertThat(two).as("%s read %s", name, mode).isEqualTo(three);
                        assertThat(j2.write(two)).as("%s written", name).isEqualTo(j3.write(three));
                        ByteArrayOutputStream b2 = new ByteArrayOutputStream();
                        ByteArrayOutputStream b3 = new ByteArrayOutputStream();
                        j2.write(two, b2);
                        j3.write(three, b3);
                        assertThat(b2.toByteArray()).isEqualTo(b3.toByteArray());
                        String pretty = j2.writePretty(two);
                        assertThat(pretty)
                            .as("%s written pretty", name)
                            .isEqualTo(j3.writePretty(three))
                            .contains("\n  \"");
                        ByteArrayOutputStream p2 = new ByteArrayOutputStream();
                        j2.writePretty(two, p2);
                        assertThat(p2.toByteArray())
                            .isEqualTo(pretty.getBytes(StandardCharsets.UTF_8));
                        assertThat(j2.read(pretty, type)).isEqualTo(three);
                        assertThat(j2.read(golden.getBytes(StandardCharsets.UTF_8), type))
                            .isEqualTo(three);
                      }
                    }));
  }

  @TestFactory
  Stream<DynamicTest> badDocumentsGiveTheSameProblemsInBothModes() {
    return BadCorpus.all().stream()
        .map(
            bad ->
                DynamicTest.dynamicTest(
                    bad.file() + " " + bad.mode(),
                    () -> {
                      byte[] bytes = bad.bytes();
                      List<String> three = problems(bad, bytes, true);
                      List<String> two = problems(bad, bytes, false);
                      assertThat(two).as("%s", bad).isEqualTo(three);
                      assertThat(two).as("%s", bad).isNotEmpty();
                      assertThat(two.get(0)).startsWith(bad.pointer() + " " + bad.code());
                    }));
  }

  @Test
  void theSameLimits() {
    JsonLimits small =
        JsonLimits.builder().maxStringLength(10).maxNestingDepth(5).maxProblems(3).build();
    DiplomacyJson j3 = DiplomacyJson.builder().limits(small).build();
    DiplomacyJackson2 j2 = DiplomacyJackson2.builder().limits(small).build();
    String dossier = Golden.text("dossier.json");
    List<String> three = pointersAndCodes(() -> j3.read(dossier, Dossier.class));
    List<String> two = pointersAndCodes(() -> j2.read(dossier, Dossier.class));
    assertThat(two).isEqualTo(three).isNotEmpty();
    assertThat(two.get(0)).contains("json.limit");
    String deep = "{\"formatVersion\":\"1.0\",\"acme:x\":[[[[[[[1]]]]]]]}";
    assertThat(pointersAndCodes(() -> j2.read(deep, Dossier.class)))
        .isEqualTo(pointersAndCodes(() -> j3.read(deep, Dossier.class)))
        .isNotEmpty();
  }

  @Test
  void aDossiersNdjsonIsWrittenToTheSameBytesAndReadBackEqual() {
    Dossier dossier = DiplomacyJson.strict().read(Golden.text("dossier.json"), Dossier.class);
    ByteArrayOutputStream three = new ByteArrayOutputStream();
    ByteArrayOutputStream two = new ByteArrayOutputStream();
    long lines3 = NdjsonWriter.writeDossier(DiplomacyJson.strict(), dossier, three);
    long lines2 =
        dev.diplomacy.jackson2.NdjsonWriter.writeDossier(DiplomacyJackson2.strict(), dossier, two);
    assertThat(lines2).isEqualTo(lines3).isGreaterThan(1);
    assertThat(two.toByteArray()).isEqualTo(three.toByteArray());
    Dossier back =
        NdjsonDossierReader.of(
                DiplomacyJackson2.strict(), new ByteArrayInputStream(two.toByteArray()))
            .toDossier();
    assertThat(back).isEqualTo(dossier);
    try (NdjsonReader<Event> events =
        NdjsonReader.of(
            DiplomacyJackson2.strict(),
            Event.class,
            new ByteArrayInputStream(
                DiplomacyJackson2.strict()
                    .write(dossier.events().get(0))
                    .concat("\n\n")
                    .getBytes(StandardCharsets.UTF_8)))) {
      assertThat(events.next()).isEqualTo(dossier.events().get(0));
      assertThat(events.hasNext()).isFalse();
    }
  }

  /**
   * The problems of {@code bad} read by one binding, each as "pointer code": every way it reads.
   */
  private static List<String> problems(BadDocument bad, byte[] bytes, boolean jackson3) {
    Mode mode = bad.mode();
    if (bad.reader().equals("ndjson")) {
      List<String> out = new ArrayList<>();
      List<DiplomacyJsonException> reports = new ArrayList<>();
      ErrorPolicy policy = ErrorPolicy.skipAndReport(reports::add);
      ByteArrayInputStream in = new ByteArrayInputStream(bytes);
      if (jackson3) {
        try (dev.diplomacy.json.NdjsonReader<Event> r =
            dev.diplomacy.json.NdjsonReader.of(
                DiplomacyJson.builder().mode(mode).build(), Event.class, in, policy)) {
          r.forEachRemaining(e -> {});
        }
      } else {
        try (NdjsonReader<Event> r =
            NdjsonReader.of(
                DiplomacyJackson2.builder().mode(mode).build(), Event.class, in, policy)) {
          r.forEachRemaining(e -> {});
        }
      }
      for (DiplomacyJsonException e : reports) {
        out.addAll(describe(e));
      }
      return out;
    }
    Class<?> type = bad.reader().equals("dossier") ? Dossier.class : Event.class;
    return pointersAndCodes(
        () -> {
          if (jackson3) {
            DiplomacyJson.builder().mode(mode).build().read(bytes, type);
          } else {
            DiplomacyJackson2.builder().mode(mode).build().read(bytes, type);
          }
        });
  }

  private static List<String> pointersAndCodes(Runnable read) {
    Throwable thrown = catchThrowable(read::run);
    assertThat(thrown).isInstanceOf(DiplomacyJsonException.class);
    return describe((DiplomacyJsonException) thrown);
  }

  private static List<String> describe(DiplomacyJsonException e) {
    return e.problems().stream()
        .map(p -> p.pointer() + " " + p.code() + " " + p.line())
        .collect(Collectors.toList());
  }

  /** The type a golden file holds: the first of {@link #TYPES} it reads as. */
  private static Class<?> typeOf(String golden) {
    for (Class<?> type : TYPES) {
      if (catchThrowable(() -> DiplomacyJson.lenient().read(golden, type)) == null) {
        return type;
      }
    }
    throw new AssertionError("no type reads " + golden);
  }

  /** The names of the golden files of the Jackson 3 binding's test-jar (a folder, or a jar). */
  static List<String> goldenNames() {
    try {
      URI location = Golden.class.getProtectionDomain().getCodeSource().getLocation().toURI();
      Path root = Path.of(location);
      if (Files.isDirectory(root)) {
        return list(root.resolve("golden"));
      }
      try (FileSystem jar = FileSystems.newFileSystem(root, Map.of())) {
        return list(jar.getPath("/golden"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> list(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      List<String> names =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".json"))
              .sorted()
              .collect(Collectors.toList());
      assertThat(names).as("golden files").hasSizeGreaterThan(10);
      return names;
    }
  }
}

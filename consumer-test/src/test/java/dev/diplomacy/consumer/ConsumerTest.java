package dev.diplomacy.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.diplomacy.core.Id;
import dev.diplomacy.interop.icews.IcewsImporter;
import dev.diplomacy.json.DiplomacyJson;
import dev.diplomacy.json.format.DiplomacyJsonException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.ObjectMapper;

/**
 * An application that uses the published jars as a user would: it is written out, compiled with
 * {@code -Xlint:all -Werror} and run in a JVM of its own, as a module on the module path and as
 * plain classes on the class path. It builds a meeting, validates a dossier, codes an event (the
 * CAMEO and PLOVER tables), writes and reads JSON (through {@code DiplomacyJson} and through a
 * mapper that finds the Jackson module as a service), finds the JSON Schema, and imports ICEWS.
 */
class ConsumerTest {

  /**
   * The jars of the three modules and of every module they require, where this test's class path
   * holds them; nothing of the build (Immutables) and nothing of the tests.
   */
  private static final List<Path> LIBRARY =
      List.of(
          jarOf(Id.class),
          jarOf(DiplomacyJson.class),
          jarOf(DiplomacyJsonException.class),
          jarOf(IcewsImporter.class),
          jarOf(ObjectMapper.class),
          jarOf(JsonParser.class),
          jarOf(JsonProperty.class),
          jarOf(Nullable.class));

  private static final String MODULE_INFO =
      """
      module consumer {
        requires dev.diplomacy.core;
        requires dev.diplomacy.json;
        requires dev.diplomacy.interop;
      }
      """;

  private static final String MAIN =
      """
      package example.consumer;

      import dev.diplomacy.core.Id;
      import dev.diplomacy.core.actors.State;
      import dev.diplomacy.core.codes.Coding;
      import dev.diplomacy.core.codes.EventCoding;
      import dev.diplomacy.core.dossier.Dossier;
      import dev.diplomacy.core.dossier.ValidationReport;
      import dev.diplomacy.core.events.Meeting;
      import dev.diplomacy.core.events.Participant;
      import dev.diplomacy.core.events.Role;
      import dev.diplomacy.core.geography.Country;
      import dev.diplomacy.core.geography.Place;
      import dev.diplomacy.core.time.When;
      import dev.diplomacy.interop.icews.IcewsImport;
      import dev.diplomacy.interop.icews.IcewsImporter;
      import dev.diplomacy.json.DiplomacyJson;
      import java.io.IOException;
      import java.io.StringReader;
      import tools.jackson.databind.json.JsonMapper;

      /** Uses the library as an application does. */
      public final class Main {

        private Main() {}

        /** Prints what each part of the library gave. */
        public static void main(String[] args) throws IOException {
          System.out.println(
              "modules: "
                  + Main.class.getModule().getName()
                  + ", "
                  + Dossier.class.getModule().getName()
                  + ", "
                  + DiplomacyJson.class.getModule().getName()
                  + ", "
                  + IcewsImporter.class.getModule().getName());

          State cuba = State.of(Country.of("CU"));
          State northKorea = State.of(Country.of("KP"));
          Meeting talks =
              Meeting.builder()
                  .id(Id.of("havana-talks"))
                  .when(When.on("2018-07-05"))
                  .place(Place.of("Havana", Country.of("CU")))
                  .addParticipant(Participant.of(northKorea.id(), Role.GUEST))
                  .addParticipant(Participant.of(cuba.id(), Role.HOST))
                  .build();
          Dossier dossier =
              Dossier.builder().addActor(cuba).addActor(northKorea).addEvent(talks).build();
          ValidationReport report = dossier.validate();
          System.out.println("dossier: " + northKorea.id() + " " + report.isValid() + " " + report.codes());

          Coding coding = EventCoding.of(talks, dossier);
          System.out.println(
              "coding: " + coding.cameo() + " " + coding.plover().map(p -> p.category()).orElseThrow());

          String json = DiplomacyJson.strict().write(dossier);
          System.out.println("json: " + DiplomacyJson.strict().read(json, Dossier.class).equals(dossier));
          JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
          System.out.println("service: " + mapper.readValue(json, Dossier.class).equals(dossier));
          System.out.println(
              "schema: "
                  + (ClassLoader.getSystemResource("dev/diplomacy/json/schema/diplomacy-1.schema.json")
                      != null));

          String icews =
              String.join(
                      "\\t",
                      "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country",
                      "Event Text", "CAMEO Code", "Intensity", "Target Name", "Target Sectors",
                      "Target Country", "Story ID", "Sentence Number", "Publisher", "City",
                      "District", "Province", "Country", "Latitude", "Longitude")
                  + "\\n"
                  + String.join(
                      "\\t",
                      "1", "2018-06-01", "Kim Jong-Un", "Elite,Executive,Government", "North Korea",
                      "Host a visit", "043", "2.8", "Moon Jae-in",
                      "Executive,Government,Executive Office", "South Korea", "100", "1",
                      "Yonhap News Agency", "Panmunjom", "NA", "Gyeonggi-do", "South Korea",
                      "37.9558", "126.677")
                  + "\\n";
          IcewsImport imported = IcewsImporter.read(new StringReader(icews));
          System.out.println(
              "icews: "
                  + imported.imported()
                  + " "
                  + imported.problems()
                  + " "
                  + imported.dossier().events().get(0).kind()
                  + " "
                  + imported.dossier().validate().isValid());
        }
      }
      """;

  /**
   * What {@link #MAIN} prints after the names of the modules: the id of a state, named from the
   * countries' table; the dossier's findings (a warning: the event cites no source); the codes of
   * the meeting from the CAMEO and PLOVER tables; the dossier read back equal from its JSON, by
   * DiplomacyJson and by a mapper that found the Jackson module as a service; the schema found; the
   * ICEWS row imported as a meeting, with no problem.
   */
  private static final List<String> OUTPUT =
      List.of(
          "dossier: north-korea true [dossier.event.noSource]",
          "coding: 043 CONSULT",
          "json: true",
          "service: true",
          "schema: true",
          "icews: 1 [] MEETING true");

  @Test
  void anApplicationModuleCompilesWithoutAWarningAndRuns(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out");
    Compilation c =
        compile(
            List.of(
                write(dir, "module-info.java", MODULE_INFO),
                write(dir, "example/consumer/Main.java", MAIN)),
            "--module-path",
            path(LIBRARY),
            "-d",
            out.toString());

    assertThat(c.diagnostics()).isEmpty();
    assertThat(c.succeeded()).isTrue();
    List<String> lines =
        run(
            "--module-path",
            path(prepend(out, LIBRARY)),
            "--module",
            "consumer/example.consumer.Main");
    assertThat(lines.get(0))
        .isEqualTo(
            "modules: consumer, dev.diplomacy.core, dev.diplomacy.json, dev.diplomacy.interop");
    assertThat(lines.subList(1, lines.size())).isEqualTo(OUTPUT);
  }

  @Test
  void theInternalPackageIsNotExported(@TempDir Path dir) throws IOException {
    String internal =
        """
        package example.consumer;

        import dev.diplomacy.core.internal.Checks;

        /** Uses a helper of the library's own. */
        public final class Internal {

          private Internal() {}

          /** Checks nothing. */
          public static void check() {
            Checks.of("Internal").throwIfAny();
          }
        }
        """;
    Path source = write(dir, "example/consumer/Internal.java", internal);
    Path moduleInfo =
        write(dir, "module-info.java", "module consumer { requires dev.diplomacy.core; }");

    Compilation asModule =
        compile(
            List.of(moduleInfo, source),
            "--module-path",
            path(LIBRARY),
            "-d",
            dir.resolve("module").toString());
    assertThat(asModule.succeeded()).isFalse();
    assertThat(asModule.diagnostics())
        .isNotEmpty()
        .allMatch(d -> d.startsWith("ERROR compiler.err.package.not.visible "))
        .allMatch(d -> d.contains("dev.diplomacy.core.internal"));

    // The same class compiles on the class path: the module system alone keeps it out.
    Compilation onClassPath =
        compile(
            List.of(source),
            "--class-path",
            path(LIBRARY),
            "-d",
            dir.resolve("classes").toString());
    assertThat(onClassPath.diagnostics()).isEmpty();
    assertThat(onClassPath.succeeded()).isTrue();
  }

  @Test
  void anApplicationOnTheClassPathCompilesWithoutAWarningAndRuns(@TempDir Path dir)
      throws IOException {
    Path out = dir.resolve("out");
    Compilation c =
        compile(
            List.of(write(dir, "example/consumer/Main.java", MAIN)),
            "--class-path",
            path(LIBRARY),
            "-d",
            out.toString());

    assertThat(c.diagnostics()).isEmpty();
    assertThat(c.succeeded()).isTrue();
    List<String> lines = run("--class-path", path(prepend(out, LIBRARY)), "example.consumer.Main");
    assertThat(lines.get(0)).isEqualTo("modules: null, null, null, null");
    assertThat(lines.subList(1, lines.size())).isEqualTo(OUTPUT);
  }

  /** What javac said: whether it succeeded, and each diagnostic as kind, code and message. */
  private record Compilation(boolean succeeded, List<String> diagnostics) {}

  /** Compiles {@code sources} with {@code -Xlint:all -Werror} and the given options. */
  private static Compilation compile(List<Path> sources, String... options) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> collected = new DiagnosticCollector<>();
    List<String> all = new ArrayList<>(List.of("-Xlint:all", "-Werror"));
    all.addAll(List.of(options));
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(collected, Locale.ROOT, StandardCharsets.UTF_8)) {
      boolean ok =
          javac
              .getTask(
                  null, files, collected, all, null, files.getJavaFileObjectsFromPaths(sources))
              .call();
      List<String> diagnostics =
          collected.getDiagnostics().stream()
              .map(ConsumerTest::describe)
              .collect(Collectors.toList());
      return new Compilation(ok, diagnostics);
    }
  }

  private static String describe(Diagnostic<? extends JavaFileObject> d) {
    return d.getKind() + " " + d.getCode() + " " + d.getMessage(Locale.ROOT);
  }

  /** Runs {@code java} with {@code arguments} in a JVM of its own; its output, line by line. */
  private static List<String> run(String... arguments) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Dfile.encoding=UTF-8");
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output;
    try (InputStream in = process.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try {
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished in a minute").isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    assertThat(process.exitValue()).as(output).isZero();
    return output.lines().collect(Collectors.toList());
  }

  private static Path write(Path dir, String name, String text) throws IOException {
    Path file = dir.resolve("src").resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static List<Path> prepend(Path first, List<Path> rest) {
    List<Path> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all;
  }

  private static String path(List<Path> entries) {
    return entries.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }

  /** The jar (or classes folder) on this test's class path that holds {@code type}. */
  private static Path jarOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("no path for the class path entry of " + type, e);
    }
  }
}

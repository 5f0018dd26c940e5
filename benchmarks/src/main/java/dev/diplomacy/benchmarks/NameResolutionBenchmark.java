package dev.diplomacy.benchmarks;

import dev.diplomacy.core.actors.Actor;
import dev.diplomacy.core.actors.ActorDirectory;
import dev.diplomacy.core.actors.Name;
import dev.diplomacy.interop.icews.IcewsImporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Name resolution over the ICEWS sample's names: every Source Name and Target Name of the sample
 * ({@code icews/events-2018-06-01.tab} under the shared data folder, the system property {@code
 * diplomacy.sharedData}, {@code ../shared/data} by default), resolved against the actors that
 * {@link IcewsImporter} makes of the same file. The baseline is what a user would write instead: a
 * hash map from each name in lower case to its actor. Each operation resolves every name once.
 *
 * <p>Without the sample, the benchmark says so and resolves generated names instead: the reference
 * dossier's actors and their names, with made-up persons, mentioned in full, by surname and in
 * other letter case.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NameResolutionBenchmark {

  /** The sample, relative to the shared data folder. */
  static final String SAMPLE = "icews/events-2018-06-01.tab";

  private ActorDirectory directory = ActorDirectory.of(List.of());
  private Map<String, Actor> byLowerCaseName = Map.of();
  private String[] mentions = new String[0];

  /** Reads the names and the actors. */
  @Setup
  public void setUp() throws IOException {
    Path sample =
        Path.of(System.getProperty("diplomacy.sharedData", "../shared/data")).resolve(SAMPLE);
    List<Actor> actors;
    if (Files.isRegularFile(sample)) {
      actors = IcewsImporter.read(sample).dossier().actors();
      mentions = icewsNames(sample);
      System.out.printf(
          "%nresolving the %d names of %s against %d actors%n",
          mentions.length, sample, actors.size());
    } else {
      actors = GeneratedNames.actors();
      mentions = GeneratedNames.mentions(actors);
      System.out.printf(
          "%nthe ICEWS sample is not at %s (set -Ddiplomacy.sharedData=<folder>): resolving %d generated names against %d actors instead%n",
          sample.toAbsolutePath().normalize(), mentions.length, actors.size());
    }
    directory = ActorDirectory.of(actors);
    Map<String, Actor> map = new HashMap<>();
    for (Actor actor : actors) {
      for (Name name : actor.allNames()) {
        map.putIfAbsent(name.text().toLowerCase(Locale.ROOT), actor);
      }
    }
    byLowerCaseName = map;
  }

  /** The library resolves every name: exact, by part, ambiguous or unknown. */
  @Benchmark
  public int resolveLibrary() {
    int resolved = 0;
    for (String mention : mentions) {
      if (directory.resolve(mention).isResolved()) {
        resolved++;
      }
    }
    return resolved;
  }

  /** A hash map of lower-case names looks up every name. */
  @Benchmark
  public int resolveHashMap() {
    int resolved = 0;
    for (String mention : mentions) {
      if (byLowerCaseName.get(mention.toLowerCase(Locale.ROOT)) != null) {
        resolved++;
      }
    }
    return resolved;
  }

  /**
   * The Source Name and Target Name fields of every row of the ICEWS file, blanks and NA left out.
   */
  static String[] icewsNames(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> header = Arrays.asList(lines.get(0).replace("\uFEFF", "").split("\t", -1));
    int source = header.indexOf("Source Name");
    int target = header.indexOf("Target Name");
    List<String> names = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] fields = line.split("\t", -1);
      for (int column : new int[] {source, target}) {
        if (column >= 0
            && column < fields.length
            && !fields[column].isBlank()
            && !fields[column].equals("NA")) {
          names.add(fields[column]);
        }
      }
    }
    return names.toArray(String[]::new);
  }
}

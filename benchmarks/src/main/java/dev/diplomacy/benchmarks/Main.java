package dev.diplomacy.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs JMH with the arguments given (all of JMH's options work: a regular expression of the
 * benchmarks to run, {@code -prof gc}, {@code -f}, {@code -wi}...), writing the results as JSON to
 * {@code benchmarks/results.json} unless {@code -rf}/{@code -rff} say otherwise, then the table of
 * ratios ({@link Ratios}) to the standard output and beside the results, as {@code results.md}.
 */
public final class Main {

  private Main() {}

  /** Runs the benchmarks. */
  public static void main(String[] args) throws IOException {
    List<String> options = new ArrayList<>(Arrays.asList(args));
    if (!options.contains("-rf")) {
      options.addAll(List.of("-rf", "json"));
    }
    if (!options.contains("-rff")) {
      options.addAll(
          List.of(
              "-rff",
              Files.isDirectory(Path.of("benchmarks"))
                  ? "benchmarks/results.json"
                  : "results.json"));
    }
    long start = System.currentTimeMillis();
    org.openjdk.jmh.Main.main(options.toArray(String[]::new));
    Path results = Path.of(options.get(options.indexOf("-rff") + 1));
    boolean json = options.get(options.indexOf("-rf") + 1).equalsIgnoreCase("json");
    if (json
        && Files.isRegularFile(results)
        && Files.getLastModifiedTime(results).toMillis() >= start) {
      String table = Ratios.table(results);
      String name = results.getFileName().toString();
      Path markdown =
          results.resolveSibling(
              name.endsWith(".json") ? name.substring(0, name.length() - 5) + ".md" : name + ".md");
      Files.writeString(markdown, table, StandardCharsets.UTF_8);
      System.out.println();
      System.out.println("Ratios (also in " + markdown + "):");
      System.out.println();
      System.out.print(table);
    }
  }
}

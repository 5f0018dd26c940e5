package dev.diplomacy.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs JMH with the arguments given (all of JMH's options work: a regular expression of the
 * benchmarks to run, {@code -prof gc}, {@code -f}, {@code -wi}...), writing the results as JSON to
 * {@code benchmarks/results.json} unless {@code -rf}/{@code -rff} say otherwise, then the table of
 * ratios ({@link Ratios}) to the standard output and beside the results, as {@code results.md}.
 *
 * <p>With {@code --alternate N REGEX [options]} first, each benchmark that {@code REGEX} matches
 * runs {@code N} times in a fork of its own, the benchmarks taking turns and their order reversed
 * every round ({@code A B}, {@code B A}, {@code A B}...): a machine whose speed drifts in the
 * minutes of a run then slows a library and its baseline alike, where one JMH run measures all of
 * one before the other. Each round's results go to {@code results-round-K.json}; the table that
 * ends the run gives each case's ratio in every round and their median.
 */
public final class Main {

  private Main() {}

  /** Runs the benchmarks. */
  public static void main(String[] args) throws IOException, RunnerException {
    if (args.length >= 3 && args[0].equals("--alternate")) {
      alternate(Integer.parseInt(args[1]), args[2], Arrays.asList(args).subList(3, args.length));
      return;
    }
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

  /**
   * Runs the benchmarks {@code regex} matches {@code rounds} times, one fork each, taking turns,
   * with JMH's {@code options}; prints each case's ratio in every round and their median.
   */
  private static void alternate(int rounds, String regex, List<String> options)
      throws IOException, RunnerException {
    List<String> names = new ArrayList<>();
    for (BenchmarkListEntry entry :
        BenchmarkList.defaultList()
            .find(
                OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT),
                List.of(regex),
                List.of())) {
      if (!names.contains(entry.getUsername())) {
        names.add(entry.getUsername());
      }
    }
    if (names.isEmpty()) {
      throw new IllegalArgumentException("no benchmark matches " + regex);
    }
    Path folder = Files.isDirectory(Path.of("benchmarks")) ? Path.of("benchmarks") : Path.of(".");
    Map<String, List<Double>> ratios = new LinkedHashMap<>();
    Map<String, Double> targets = new LinkedHashMap<>();
    for (int round = 0; round < rounds; round++) {
      List<String> order = new ArrayList<>(names);
      if (round % 2 == 1) {
        Collections.reverse(order);
      }
      List<RunResult> results = new ArrayList<>();
      for (String name : order) {
        List<String> run = new ArrayList<>();
        run.add("^" + Pattern.quote(name) + "$");
        run.addAll(options);
        run.addAll(List.of("-f", "1"));
        CommandLineOptions parsed;
        try {
          parsed = new CommandLineOptions(run.toArray(String[]::new));
        } catch (CommandLineOptionException e) {
          throw new IllegalArgumentException(e.getMessage(), e);
        }
        results.addAll(new Runner(parsed).run());
      }
      Path file = folder.resolve("results-round-" + (round + 1) + ".json");
      ResultFormatFactory.getInstance(ResultFormatType.JSON, file.toString()).writeOut(results);
      for (Ratios.TargetRatio r : Ratios.targetRatios(file)) {
        ratios.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(r.ratio());
        targets.put(r.name(), r.target());
      }
    }
    System.out.println();
    System.out.println("| case | ratio in each round | median | target |");
    System.out.println("| --- | --- | ---: | ---: |");
    for (Map.Entry<String, List<Double>> e : ratios.entrySet()) {
      List<Double> each = e.getValue();
      List<Double> sorted = new ArrayList<>(each);
      Collections.sort(sorted);
      int n = sorted.size();
      double median =
          n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
      double target = targets.get(e.getKey());
      System.out.printf(
          Locale.ROOT,
          "| %s | %s | %.2f× | ≥ %.1f×: %s |%n",
          e.getKey(),
          each.stream()
              .map(r -> String.format(Locale.ROOT, "%.2f×", r))
              .collect(Collectors.joining(", ")),
          median,
          target,
          median >= target ? "met" : "**missed**");
    }
  }
}

package dev.diplomacy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.Id;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DuplicateIdsTest {

  /** The duplicates of {@code ids} (the id of line i + 1 at i), as a map of every id would find. */
  private static List<DuplicateIds.Duplicate> expected(List<String> ids) {
    Map<String, Long> first = new HashMap<>();
    List<DuplicateIds.Duplicate> out = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      Long before = first.putIfAbsent(ids.get(i), i + 1L);
      if (before != null) {
        out.add(new DuplicateIds.Duplicate(ids.get(i), i + 1L, before));
      }
    }
    out.sort(
        Comparator.comparing(DuplicateIds.Duplicate::id)
            .thenComparingLong(DuplicateIds.Duplicate::line));
    return out;
  }

  private static List<DuplicateIds.Duplicate> found(List<String> ids, long budget) {
    List<DuplicateIds.Duplicate> out = new ArrayList<>();
    try (DuplicateIds d = new DuplicateIds(budget)) {
      for (int i = 0; i < ids.size(); i++) {
        d.add(Id.of(ids.get(i)), i + 1L);
      }
      d.forEach(out::add);
    }
    return out;
  }

  /**
   * In memory (40,000 ids), in runs of about 100 ids (200 runs, merged on two levels), and in runs
   * of one id (1,200 runs, merged on three levels): the same duplicates, by id and then line, each
   * with its first line.
   */
  @ParameterizedTest
  @CsvSource({"40000, 8388608", "20000, 8000", "1200, 1"})
  void findsWhatAMapOfEveryIdFinds(int count, long budget) {
    Random random = new Random(15);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add("e-" + random.nextInt(count * 3 / 4));
    }
    List<DuplicateIds.Duplicate> expected = expected(ids);
    assertThat(expected).hasSizeGreaterThan(count / 8);
    assertThat(found(ids, budget)).isEqualTo(expected);
  }

  @Test
  void anIdUsedThreeTimesNamesItsFirstLineTwice() {
    assertThat(found(List.of("a", "b", "a", "c", "a"), 1))
        .containsExactly(
            new DuplicateIds.Duplicate("a", 3, 1), new DuplicateIds.Duplicate("a", 5, 1));
    assertThat(found(List.of("a", "b", "c"), 1)).isEmpty();
    assertThat(found(List.of(), 1)).isEmpty();
  }

  @Test
  void leavesNoTemporaryFileBehind() throws IOException {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    List<Path> before = runs(tmp);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      ids.add("e-" + i % 4_000);
    }
    try (DuplicateIds d = new DuplicateIds(1_000)) {
      for (int i = 0; i < ids.size(); i++) {
        d.add(Id.of(ids.get(i)), i + 1L);
      }
      assertThat(runs(tmp)).hasSizeGreaterThan(before.size());
      List<DuplicateIds.Duplicate> out = new ArrayList<>();
      d.forEach(out::add);
      assertThat(out).hasSize(1_000);
    }
    assertThat(runs(tmp)).isSubsetOf(before);
  }

  private static List<Path> runs(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().startsWith("diplomacy-ids-")).toList();
    }
  }
}

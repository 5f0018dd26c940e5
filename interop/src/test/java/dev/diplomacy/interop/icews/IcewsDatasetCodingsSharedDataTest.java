package dev.diplomacy.interop.icews;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.ExternalId;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.SharedData;
import dev.diplomacy.core.actors.Actor;
import dev.diplomacy.core.actors.Organization;
import dev.diplomacy.core.actors.Person;
import dev.diplomacy.core.actors.State;
import dev.diplomacy.core.codes.DatasetCoding;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.geography.Country;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dataset's own coding of the shared ICEWS day, kept on the imported events: a count or a mean
 * over the codings is what a plain read of the file gives, merged consultations included.
 */
class IcewsDatasetCodingsSharedDataTest {

  private static final String FILE = "icews/events-2018-06-01.tab";

  private static List<Map<String, String>> rows;
  private static Dossier dossier;

  @BeforeAll
  static void read() throws IOException {
    Path file = SharedData.file(FILE);
    dossier = IcewsImporter.read(file).dossier();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
    rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] fields = line.split("\t", -1);
      Map<String, String> row = new TreeMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), fields[i]);
      }
      rows.add(row);
    }
  }

  /** The codings of every event, in order. */
  private static List<DatasetCoding> codings() {
    return dossier.events().stream()
        .flatMap(e -> e.datasetCodings().stream())
        .collect(Collectors.toList());
  }

  @Test
  void everyRowHasExactlyOneCodingOnSomeEvent() {
    Map<String, Long> records =
        codings().stream()
            .collect(
                Collectors.groupingBy(
                    c -> c.record().orElseThrow(), TreeMap::new, Collectors.counting()));
    Map<String, Long> eventIds =
        rows.stream()
            .collect(
                Collectors.groupingBy(r -> r.get("Event ID"), TreeMap::new, Collectors.counting()));
    assertThat(eventIds).hasSize(2359).allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
    assertThat(records).isEqualTo(eventIds);
    // 214 consultations made of two rows keep both rows' codings.
    assertThat(dossier.events().stream().filter(e -> e.datasetCodings().size() == 2)).hasSize(214);
    assertThat(codings()).allSatisfy(c -> assertThat(c.dataset()).isEqualTo("icews"));
  }

  @Test
  void eachCodingIsItsRowsCodeIntensityAndActorsAsGiven() {
    Map<String, Map<String, String>> byId =
        rows.stream().collect(Collectors.toMap(r -> r.get("Event ID"), Function.identity()));
    Map<Id, Actor> actors =
        dossier.actors().stream().collect(Collectors.toMap(Actor::id, Function.identity()));
    for (DatasetCoding c : codings()) {
      Map<String, String> row = byId.get(c.record().orElseThrow());
      assertThat(c.cameo().orElseThrow().code()).isEqualTo(row.get("CAMEO Code"));
      assertThat(c.goldstein().orElseThrow()).isEqualTo(new BigDecimal(row.get("Intensity")));
      assertThat(c.quadClass()).contains(c.cameo().get().quadClass());
      assertThat(c.sources()).allMatch(id -> named(actors.get(id), row.get("Source Name")));
      assertThat(c.targets()).allMatch(id -> named(actors.get(id), row.get("Target Name")));
      assertThat(c.sources().size() + c.targets().size())
          .as("the actors the row names, but ICEWS's placeholders")
          .isEqualTo(
              (placeholder(row.get("Source Name")) ? 0 : 1)
                  + (placeholder(row.get("Target Name")) ? 0 : 1));
    }
    assertThat(dossier.validate().errors()).isEmpty();
  }

  @Test
  void theUnitedStatesToNorthKoreaCountsAndWeighsAsTheFileDoes() {
    // A plain read of the file: the rows from the United States to North Korea.
    List<BigDecimal> fromFile =
        rows.stream()
            .filter(
                r ->
                    r.get("Source Country").equals("United States")
                        && r.get("Target Country").equals("North Korea"))
            .map(r -> new BigDecimal(r.get("Intensity")))
            .collect(Collectors.toList());
    // The same through the codings, each actor's country found in the dossier.
    Map<Id, Actor> actors =
        dossier.actors().stream().collect(Collectors.toMap(Actor::id, Function.identity()));
    Country us = Country.of("US");
    Country kp = Country.of("KP");
    List<BigDecimal> fromCodings =
        codings().stream()
            .filter(
                c ->
                    c.sources().stream()
                            .anyMatch(id -> country(actors.get(id)).equals(Optional.of(us)))
                        && c.targets().stream()
                            .anyMatch(id -> country(actors.get(id)).equals(Optional.of(kp))))
            .map(c -> c.goldstein().orElseThrow())
            .collect(Collectors.toList());
    assertThat(fromCodings).hasSameSizeAs(fromFile).hasSize(108);
    assertThat(mean(fromCodings)).isEqualTo(mean(fromFile)).isEqualByComparingTo("2.744");
  }

  /** True when {@code actor} is the one ICEWS names {@code name}: by a name or an external id. */
  private static boolean named(Actor actor, String name) {
    return actor.externalIds().contains(ExternalId.of("icews", name))
        || actor.allNames().stream().anyMatch(n -> n.text().equals(name));
  }

  private static boolean placeholder(String name) {
    return name.equals("Unspecified Actor") || name.equals("Unidentified State Actor");
  }

  private static BigDecimal mean(List<BigDecimal> values) {
    return values.stream()
        .reduce(BigDecimal.ZERO, BigDecimal::add)
        .divide(BigDecimal.valueOf(values.size()), 3, RoundingMode.HALF_UP);
  }

  private static Optional<Country> country(Actor a) {
    if (a instanceof State s) {
      return Optional.of(s.country());
    }
    if (a instanceof Person p) {
      return p.nationality();
    }
    return ((Organization) a).country();
  }
}

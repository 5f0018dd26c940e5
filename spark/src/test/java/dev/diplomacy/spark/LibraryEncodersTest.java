package dev.diplomacy.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.dossier.DossierElement;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.events.EventKind;
import dev.diplomacy.json.DiplomacyJson;
import dev.diplomacy.json.NdjsonDossierReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryEncodersTest {

  @TempDir Path dir;

  private final SparkSession spark = LocalSpark.session();

  @Test
  void eventsMakeTheRoundTripThroughADataset() {
    List<Event> events = Dossiers.generated(6, 200).events();

    Dataset<Event> dataset = spark.createDataset(events, LibraryEncoders.events()).repartition(3);

    assertThat(dataset.collectAsList()).containsExactlyInAnyOrderElementsOf(events);
    assertThat(dataset.filter((FilterFunction<Event>) e -> e.kind() == EventKind.MEETING).count())
        .isEqualTo(events.stream().filter(e -> e.kind() == EventKind.MEETING).count());
    assertThat(dataset.schema().fieldNames()).containsExactly("value");
  }

  @Test
  void aValueOfAnotherTypeIsRefusedByName() {
    Dossier dossier = Dossiers.generated(7, 5);
    Dataset<DossierElement> actors =
        spark.createDataset(new ArrayList<>(dossier.actors()), LibraryEncoders.elements());

    assertThatThrownBy(() -> actors.toDF().as(LibraryEncoders.events()).collectAsList())
        .hasStackTraceContaining("where the dataset holds values of Event");
  }

  @Test
  void elementsReadFromNdjsonAreWrittenBackAsNdjson() throws Exception {
    Dossier dossier = Dossiers.generated(8, 300);
    Path file = Dossiers.ndjson(dossier, dir);
    ElementData data = DiplomacySpark.of(spark).elements(Format.NDJSON, file.toString());
    assertThat(data.problems().count()).isZero();

    Path out = dir.resolve("out");
    DiplomacySpark.writeNdjson(data.elements(), out.toString());

    ByteArrayOutputStream all = new ByteArrayOutputStream();
    try (Stream<Path> parts = Files.list(out)) {
      for (Path part :
          parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        all.write(Files.readAllBytes(part));
      }
    }
    Dossier back =
        NdjsonDossierReader.of(DiplomacyJson.strict(), new ByteArrayInputStream(all.toByteArray()))
            .toDossier();
    assertThat(back.actors()).isEqualTo(dossier.actors());
    assertThat(back.events()).isEqualTo(dossier.events());
  }
}

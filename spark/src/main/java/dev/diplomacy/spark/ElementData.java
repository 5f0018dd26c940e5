package dev.diplomacy.spark;

import dev.diplomacy.core.dossier.DossierElement;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * What a read made of its files as the library's own elements (actors, sources, relationships,
 * events, encoded by {@link LibraryEncoders}), and the problems ({@link EventSchema#PROBLEMS}).
 * Both are views of one parse of the input, as in {@link EventData}.
 *
 * @param elements the elements, in the order of their files
 * @param problems one row per problem found
 * @param parsed the parse both are views of
 */
public record ElementData(
    Dataset<DossierElement> elements, Dataset<Row> problems, Dataset<Row> parsed) {

  static ElementData of(Dataset<Row> parsed) {
    Dataset<DossierElement> elements =
        parsed
            .filter(parsed.col(Output.PROBLEM).isNull())
            .select(parsed.col(Output.ELEMENT).as("value"))
            .as(LibraryEncoders.elements());
    return new ElementData(elements, EventData.problems(parsed), parsed);
  }

  /** Keeps the parse when it is first computed, as {@link EventData#persist()} does. */
  public ElementData persist() {
    return of(parsed.persist(StorageLevel.MEMORY_AND_DISK()));
  }
}

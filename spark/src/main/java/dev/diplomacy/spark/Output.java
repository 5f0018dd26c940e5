package dev.diplomacy.spark;

import dev.diplomacy.core.analysis.EventRows;
import dev.diplomacy.core.dossier.DossierElement;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * What a read makes of each element, in one dataset with the problems: a column {@code problem} (a
 * struct of {@link EventSchema#PROBLEMS}, null on the other rows), then either the columns of
 * {@link EventSchema#EVENTS} (event rows) or one binary column {@code element} (the library's
 * elements, encoded by {@link ElementCodec}). The two public datasets are views of it. The rows are
 * Spark's internal rows ({@link InternalValues}), made into a dataset by {@link Frames}.
 */
final class Output implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String PROBLEM = "problem";
  static final String ELEMENT = "element";

  /** The event rows by these codings; null for elements. */
  private final EventRows.Codings codings;

  private Output(EventRows.Codings codings) {
    this.codings = codings;
  }

  static Output rows(EventRows.Codings codings) {
    return new Output(codings);
  }

  static Output elements() {
    return new Output(null);
  }

  boolean isRows() {
    return codings != null;
  }

  StructType schema() {
    List<StructField> fields = new ArrayList<>();
    fields.add(DataTypes.createStructField(PROBLEM, EventSchema.PROBLEMS, true));
    if (isRows()) {
      for (StructField f : EventSchema.EVENTS.fields()) {
        fields.add(DataTypes.createStructField(f.name(), f.dataType(), true));
      }
    } else {
      fields.add(DataTypes.createStructField(ELEMENT, DataTypes.BinaryType, true));
    }
    return DataTypes.createStructType(fields);
  }

  /** A converter of one partition's elements: it remembers the actors it is given. */
  Converter converter() {
    return new Converter();
  }

  /** The row of a problem. */
  InternalRow problem(String file, Long line, String severity, String code, String message) {
    Object[] values = new Object[isRows() ? 1 + EventSchema.EVENTS.size() : 2];
    values[0] =
        new GenericInternalRow(
            new Object[] {
              InternalValues.utf8(file),
              line,
              InternalValues.utf8(severity),
              InternalValues.utf8(code),
              InternalValues.utf8(message)
            });
    return new GenericInternalRow(values);
  }

  /** Turns elements into rows, in one partition. */
  final class Converter {
    private final EventRows.Maker maker = isRows() ? EventRows.maker(codings) : null;
    private final ElementCodec codec = new ElementCodec();
    private final InternalValues internal = new InternalValues();

    /** Remembers an actor without making a row of it. */
    void remember(DossierElement actor) {
      if (maker != null) {
        maker.rows(actor);
      }
    }

    /** The rows of an element: its event rows, or the element itself. */
    void rows(DossierElement element, List<InternalRow> out) {
      if (maker == null) {
        out.add(new GenericInternalRow(new Object[] {null, codec.encode(element)}));
        return;
      }
      for (var row : maker.rows(element)) {
        Object[] values = new Object[1 + EventSchema.EVENTS.size()];
        internal.write(row, values, 1);
        out.add(new GenericInternalRow(values));
      }
    }
  }
}

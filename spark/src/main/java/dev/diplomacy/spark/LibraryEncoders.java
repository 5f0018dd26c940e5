package dev.diplomacy.spark;

import dev.diplomacy.core.dossier.DossierElement;
import dev.diplomacy.core.events.Event;
import java.io.Serializable;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoders;
import org.apache.spark.sql.catalyst.encoders.Codec;
import scala.reflect.ClassTag$;
import scala.runtime.AbstractFunction0;

/**
 * Encoders of the library's own types, for a job that wants a {@code Dataset<Event>}: each value is
 * stored in one binary column, {@code value}, as the bytes of its NDJSON line (the library's JSON,
 * with its {@code "type"}), and read back strictly, so a value that comes out of a dataset has
 * passed the library's validation as one read from a file does.
 *
 * <pre>{@code
 * Dataset<Event> events = spark.createDataset(list, LibraryEncoders.events());
 * events.filter((FilterFunction<Event>) e -> e.kind() == EventKind.MEETING).count();
 * }</pre>
 *
 * <p>Why not {@code Encoders.kryo} or {@code Encoders.javaSerialization}: the library's values are
 * immutable, validated, and hold the JDK's unmodifiable collections and {@code Optional}s. Java
 * serialization would need every value type {@code Serializable}, and would then carry the classes'
 * private fields, which the library is free to change between versions; Kryo rebuilds objects field
 * by field without their constructors, so it can make a value that never passed the library's
 * checks, and it cannot rebuild {@code List.of(...)} without serializers of its own. The JSON form
 * is the format the library documents and keeps stable; it costs more bytes and time than either (a
 * value is written and parsed each time Spark moves it), so keep to the flat {@link
 * EventSchema#EVENTS} rows where a job only counts and groups.
 *
 * <p>These encoders are built on Spark's {@code AgnosticEncoders.TransformingEncoder}, the
 * mechanism of Spark's own Kryo and Java-serialization encoders: a Spark class that is public but
 * not part of Spark's stable API, so a later Spark may need a new release of this module.
 */
public final class LibraryEncoders {

  private LibraryEncoders() {}

  /** An encoder of any element of a dossier: actors, events, sources, relationships. */
  public static Encoder<DossierElement> elements() {
    return of(DossierElement.class);
  }

  /** An encoder of events. */
  public static Encoder<Event> events() {
    return of(Event.class);
  }

  /** An encoder of the elements of one type ({@code Event}, {@code Actor}, {@code Meeting}...). */
  public static <T extends DossierElement> Encoder<T> of(Class<T> type) {
    return new AgnosticEncoders.TransformingEncoder<T, byte[]>(
        ClassTag$.MODULE$.apply(type),
        AgnosticEncoders.BinaryEncoder$.MODULE$,
        new Provider<>(type),
        false);
  }

  /** Makes the codec on each executor; checks the type of each value read back. */
  private static final class Provider<T extends DossierElement>
      extends AbstractFunction0<Codec<? super T, byte[]>> implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Class<T> type;

    Provider(Class<T> type) {
      this.type = type;
    }

    @Override
    public Codec<? super T, byte[]> apply() {
      return new TypedCodec<>(type);
    }
  }

  private static final class TypedCodec<T extends DossierElement> implements Codec<T, byte[]> {
    private static final long serialVersionUID = 1L;
    private final Class<T> type;
    private final ElementCodec codec = new ElementCodec();

    TypedCodec(Class<T> type) {
      this.type = type;
    }

    @Override
    public byte[] encode(T value) {
      return codec.encode(value);
    }

    @Override
    public T decode(byte[] bytes) {
      DossierElement element = codec.decode(bytes);
      if (!type.isInstance(element)) {
        throw new IllegalArgumentException(
            "element "
                + element.id()
                + " is a "
                + element.getClass().getSimpleName()
                + ", where the dataset holds values of "
                + type.getSimpleName());
      }
      return type.cast(element);
    }
  }
}

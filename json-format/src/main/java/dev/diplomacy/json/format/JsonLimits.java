package dev.diplomacy.json.format;

import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.core.internal.DiplomacyStyle;
import dev.diplomacy.core.validation.ValidationException;
import org.immutables.value.Value;

/**
 * The limits that a binding ({@code DiplomacyJson} on Jackson 3, {@code DiplomacyJackson2} on
 * Jackson 2) puts on what it reads, so that hostile input fails fast instead of exhausting the
 * stack or the heap. Anything beyond a limit fails with the code {@code json.limit}.
 *
 * <pre>{@code
 * DiplomacyJson json = DiplomacyJson.builder()
 *     .limits(JsonLimits.defaults().withMaxStringLength(5_000_000))
 *     .build();
 * }</pre>
 *
 * <p>The defaults suit documents of diplomatic events: deep enough for any of the library's types,
 * long enough for quoted text, far below what would hurt a server.
 */
@Value.Immutable
@DiplomacyStyle
public abstract class JsonLimits implements WithJsonLimits {

  /** The largest {@link #maxNestingDepth()} allowed. */
  public static final int MAX_NESTING_DEPTH = 1_000;

  JsonLimits() {}

  /**
   * How deep arrays and objects may nest; default 64, at most {@value #MAX_NESTING_DEPTH}, which
   * the reader's recursion is sure to survive.
   */
  @Value.Default
  public int maxNestingDepth() {
    return 64;
  }

  /** The longest string value, in characters; default 1,000,000. */
  @Value.Default
  public int maxStringLength() {
    return 1_000_000;
  }

  /** The longest number, in characters; default 100. */
  @Value.Default
  public int maxNumberLength() {
    return 100;
  }

  /** The longest property name, in characters; default 1,000. */
  @Value.Default
  public int maxNameLength() {
    return 1_000;
  }

  /**
   * The longest document, in bytes (or characters, when reading text); default 64 MiB. For NDJSON
   * it limits each line.
   */
  @Value.Default
  public long maxDocumentLength() {
    return 64L * 1024 * 1024;
  }

  /**
   * How many problems reading collects before it stops and throws; default 100. Not a limit of the
   * document: it bounds the report of a document full of mistakes.
   */
  @Value.Default
  public int maxProblems() {
    return 100;
  }

  /** The default limits. */
  public static JsonLimits defaults() {
    return builder().build();
  }

  /** A new builder, starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link JsonLimits}, from {@link JsonLimits#builder()}: a setter per limit, named after
   * it, and every limit not set keeps its default. {@code build()} throws a {@link
   * ValidationException} that names every limit out of range.
   *
   * <pre>{@code
   * JsonLimits limits = JsonLimits.builder().maxNestingDepth(32).maxProblems(10).build();
   * }</pre>
   */
  public static final class Builder extends ImmutableJsonLimits.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks checks = Checks.of("JsonLimits");
    positive(checks, maxNestingDepth(), "maxNestingDepth");
    checks.require(
        maxNestingDepth() <= MAX_NESTING_DEPTH,
        "maxNestingDepth",
        "jsonLimits.maxNestingDepth.max",
        "maxNestingDepth must be at most " + MAX_NESTING_DEPTH + ", not " + maxNestingDepth());
    positive(checks, maxStringLength(), "maxStringLength");
    positive(checks, maxNumberLength(), "maxNumberLength");
    positive(checks, maxNameLength(), "maxNameLength");
    positive(checks, maxDocumentLength(), "maxDocumentLength");
    positive(checks, maxProblems(), "maxProblems");
    checks.throwIfAny();
  }

  private static void positive(Checks checks, long value, String name) {
    checks.require(
        value > 0,
        name,
        "jsonLimits." + name + ".positive",
        name + " must be positive, not " + value);
  }
}

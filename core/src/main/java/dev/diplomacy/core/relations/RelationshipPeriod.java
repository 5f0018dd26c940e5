package dev.diplomacy.core.relations;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.Extensions;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.core.internal.DiplomacyStyle;
import dev.diplomacy.core.time.DateSpan;
import dev.diplomacy.core.validation.ValidationException;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One stretch of time during which a {@link Relationship} held, with the events that began and
 * ended it: Cuba's and Costa Rica's relations from an unknown start until Costa Rica broke them off
 * in 1961 ({@code ../1961}), then again from their restoration in 2009.
 *
 * <pre>{@code
 * RelationshipPeriod.builder()
 *     .span(DateSpan.parse("2009-03-18/.."))
 *     .beganWith(Id.of("cuba-costa-rica-relations-restored"))
 *     .build();
 * }</pre>
 *
 * <p>The events are ids of events of the same dossier, which {@link
 * dev.diplomacy.core.dossier.DossierValidator} checks. Rules: a period says something, a span or an
 * event ({@code relationshipPeriod.empty}); it does not begin and end with the same event ({@code
 * relationshipPeriod.events.same}); valid extension names ({@code
 * relationshipPeriod.extensions.key}).
 */
@Value.Immutable
@DiplomacyStyle
public abstract class RelationshipPeriod implements WithRelationshipPeriod {

  RelationshipPeriod() {}

  /**
   * Since when and until when the relationship held in this period, as far as dates are known:
   * {@code 1960/..} while it still holds, {@code ../1961} when only its end is dated.
   */
  public abstract Optional<DateSpan> span();

  /**
   * The id of the event that began the period: relations established or restored, an agreement
   * signed. An event of the same dossier.
   */
  public abstract Optional<Id> beganWith();

  /**
   * The id of the event that ended the period: relations broken off or suspended. An event of the
   * same dossier.
   */
  public abstract Optional<Id> endedWith();

  /**
   * Properties the library carries without knowing them: your own, namespaced ({@code acme:note}),
   * and those of a newer format version kept by lenient reading. See {@link Extensions}.
   */
  public abstract Map<String, ExtensionValue> extensions();

  /** A period of {@code span} alone, without the events that began and ended it. */
  public static RelationshipPeriod of(DateSpan span) {
    return builder().span(span).build();
  }

  /** A new builder, with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link RelationshipPeriod}, from {@link RelationshipPeriod#builder()}. {@code build()}
   * throws a {@link ValidationException} that names every rule the period breaks.
   */
  public static final class Builder extends ImmutableRelationshipPeriod.Builder {
    Builder() {}
  }

  /** True when the period has a span and nothing else: what {@code span} alone says. */
  public boolean isSpanOnly() {
    return span().isPresent()
        && beganWith().isEmpty()
        && endedWith().isEmpty()
        && extensions().isEmpty();
  }

  @Value.Check
  void check() {
    Checks.of("RelationshipPeriod")
        .require(
            span().isPresent() || beganWith().isPresent() || endedWith().isPresent(),
            "span",
            "relationshipPeriod.empty",
            "a period needs a span or an event that began or ended it")
        .require(
            beganWith().isEmpty() || !beganWith().equals(endedWith()),
            "endedWith",
            "relationshipPeriod.events.same",
            () -> "the period begins and ends with the same event, " + beganWith().orElseThrow())
        .addAll(Extensions.check("relationshipPeriod", extensions()))
        .throwIfAny();
  }
}

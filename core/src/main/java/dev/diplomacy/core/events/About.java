package dev.diplomacy.core.events;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.Extensions;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.core.internal.DiplomacyStyle;
import dev.diplomacy.core.validation.ValidationException;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What an event is about: an actor or another event of the dossier, by id, and on what occasion.
 * Condolences on Fidel Castro's death are about him, on the occasion of his {@link Occasion#DEATH};
 * greetings on Cuba's national day are about Cuba, {@link Occasion#NATIONAL_DAY}; a delegation to a
 * funeral may be about the funeral, an event.
 *
 * <pre>{@code
 * About.of(Id.of("fidel-castro"), Occasion.DEATH);
 * About.of(Id.of("state-cu"));
 * }</pre>
 *
 * <p>Whether the subject resolves, to an actor or an event, is checked over a dossier ({@code
 * dossier.reference.unresolved}, {@code dossier.reference.kind}), as every reference is; an event
 * cannot be about itself ({@code <type>.about.self}) nor about the same subject twice ({@code
 * <type>.about.duplicate}).
 */
@Value.Immutable
@DiplomacyStyle
public abstract class About implements WithAbout {

  About() {}

  /** The id of the actor or event the event is about. */
  public abstract Id subject();

  /** On what occasion, when the source says: the subject's death, its national day. */
  public abstract Optional<Occasion> occasion();

  /**
   * Properties the library carries without knowing them: your own, namespaced ({@code acme:note}),
   * and those of a newer format version kept by lenient reading. See {@link Extensions}.
   */
  public abstract Map<String, ExtensionValue> extensions();

  /** A new builder, with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link About}, from {@link About#builder()}. {@code build()} throws an {@link
   * IllegalStateException} when {@code subject} is missing, and a {@link ValidationException} that
   * names every rule it breaks.
   */
  public static final class Builder extends ImmutableAbout.Builder {
    Builder() {}
  }

  /** About {@code subject}, on no occasion the source names. */
  public static About of(Id subject) {
    return builder().subject(subject).build();
  }

  /** About {@code subject}, on {@code occasion}: {@code About.of(fidel, Occasion.DEATH)}. */
  public static About of(Id subject, Occasion occasion) {
    return builder().subject(subject).occasion(occasion).build();
  }

  @Value.Check
  void check() {
    Checks.of("About").addAll(Extensions.check("about", extensions())).throwIfAny();
  }
}

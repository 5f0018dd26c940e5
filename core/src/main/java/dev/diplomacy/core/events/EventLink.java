package dev.diplomacy.core.events;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.Extensions;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.core.internal.DiplomacyStyle;
import dev.diplomacy.core.validation.ValidationException;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A link from an event to another event of the same dossier, by id: a reply to a message, a meeting
 * that is part of a visit. {@code EventLink.replyTo(Id.of("kim-greetings-to-castro"))}.
 */
@Value.Immutable
@DiplomacyStyle
public abstract class EventLink implements WithEventLink {

  EventLink() {}

  /** How this event relates to the target. */
  @Value.Parameter
  public abstract LinkKind linkKind();

  /** The id of the other event. */
  @Value.Parameter
  public abstract Id target();

  /** A new builder, with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link EventLink}, from {@link EventLink#builder()}. {@code build()} throws a {@link
   * ValidationException} when {@code linkKind} or {@code target} is missing, and one that names
   * every rule the link breaks.
   */
  public static final class Builder extends ImmutableEventLink.Builder {
    Builder() {}
  }

  /** A link of the given kind to {@code target}. */
  public static EventLink of(LinkKind linkKind, Id target) {
    return ImmutableEventLink.of(linkKind, target);
  }

  /** This message replies to the message {@code target}. */
  public static EventLink replyTo(Id target) {
    return of(LinkKind.REPLY_TO, target);
  }

  /** This event is part of the event {@code target}. */
  public static EventLink partOf(Id target) {
    return of(LinkKind.PART_OF, target);
  }

  /** This event follows the event {@code target}. */
  public static EventLink follows(Id target) {
    return of(LinkKind.FOLLOWS, target);
  }

  /**
   * Properties the library carries without knowing them: your own, namespaced ({@code acme:note}),
   * and those of a newer format version kept by lenient reading. See {@link
   * dev.diplomacy.core.Extensions}.
   */
  public abstract Map<String, ExtensionValue> extensions();

  @Value.Check
  void check() {
    Checks.of("EventLink").addAll(Extensions.check("eventLink", extensions())).throwIfAny();
  }
}

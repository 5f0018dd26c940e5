package dev.diplomacy.core.events;

import dev.diplomacy.core.actors.ActorKind;
import dev.diplomacy.core.internal.DiplomacyStyle;
import dev.diplomacy.core.validation.ValidationException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * An event of a kind this version of the library does not know, such as one written by a newer
 * version. Lenient reading keeps it so that nothing is lost: the common envelope is read as for any
 * event, the kind's name is kept in {@link #typeName()}, and every other property of the event is
 * kept in {@link #extensions()}; writing gives the event back unchanged.
 *
 * <p>Rules: the type name is lower snake case ({@code opaqueEvent.typeName.format}); it is not a
 * name the format gives to something it knows ({@code opaqueEvent.typeName.reserved}): the name of
 * a known kind of event ({@code meeting}, {@code support_pledge}, ...), of a kind of actor ({@code
 * person}, {@code organization}, {@code state}), or of the other lines of a dossier's NDJSON
 * ({@code source}, {@code relationship}, {@code dossier}), so that an opaque event written out is
 * read back as itself; and the envelope's rules hold as for any event.
 */
@Value.Immutable
@DiplomacyStyle
public abstract non-sealed class OpaqueEvent implements Event, WithOpaqueEvent {

  /**
   * The type names an opaque event cannot take: those of the known kinds of event and of actors,
   * and of the other lines of a dossier's NDJSON.
   */
  private static final Set<String> RESERVED =
      Stream.of(
              Arrays.stream(EventKind.values())
                  .filter(k -> k != EventKind.OPAQUE)
                  .map(k -> k.name().toLowerCase(Locale.ROOT)),
              Arrays.stream(ActorKind.values()).map(k -> k.name().toLowerCase(Locale.ROOT)),
              Stream.of("source", "relationship", "dossier"))
          .flatMap(names -> names)
          .collect(Collectors.toUnmodifiableSet());

  OpaqueEvent() {}

  /** The name of the unknown kind as it was written, e.g. {@code "summit_communique"}. */
  public abstract String typeName();

  /** The participants, when the event lists them as the envelope does. */
  @Override
  public abstract List<Participant> participants();

  /** Always {@link EventKind#OPAQUE}. */
  @Override
  public final EventKind kind() {
    return EventKind.OPAQUE;
  }

  /** A new builder, with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link OpaqueEvent}, from {@link OpaqueEvent#builder()}. Like the builder of every
   * kind of event, it is an {@link Event.Builder}, with the same setters of the envelope. {@code
   * build()} throws a {@link ValidationException} when {@code id} or {@code typeName} is missing,
   * and one that names every rule the opaque event breaks.
   */
  public static final class Builder extends ImmutableOpaqueEvent.Builder
      implements Event.Builder<Builder> {
    Builder() {}
  }

  @Value.Check
  void check() {
    EventChecks.envelope(this)
        .require(
            isLowerSnakeCase(typeName()),
            "typeName",
            "opaqueEvent.typeName.format",
            "the type name of an unknown kind of event must be lower snake case, not '"
                + typeName()
                + "'")
        .require(
            !RESERVED.contains(typeName()),
            "typeName",
            "opaqueEvent.typeName.reserved",
            () ->
                "the type name '"
                    + typeName()
                    + "' names something the format knows (a kind of event or actor, a source, a"
                    + " relationship or a dossier's header): an event of an unknown kind cannot take it")
        .throwIfAny();
  }

  /**
   * Whether {@code name} is lower snake case ({@code [a-z][a-z0-9]*(_[a-z0-9]+)*}), read once:
   * Java's regular expressions recurse once per {@code _} part and overflow the stack on a long
   * name read leniently from hostile input.
   */
  static boolean isLowerSnakeCase(String name) {
    if (name.isEmpty() || name.charAt(0) < 'a' || name.charAt(0) > 'z') {
      return false;
    }
    boolean afterUnderscore = false;
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '_') {
        if (afterUnderscore) {
          return false;
        }
        afterUnderscore = true;
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        afterUnderscore = false;
      } else {
        return false;
      }
    }
    return !afterUnderscore;
  }
}

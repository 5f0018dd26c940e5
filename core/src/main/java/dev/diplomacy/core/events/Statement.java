package dev.diplomacy.core.events;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.core.internal.DiplomacyStyle;
import dev.diplomacy.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An actor said something, publicly, possibly about others: Fidel Castro describing Kim Il-sung as
 * "a veteran and irreproachable combatant"; Bashar al-Assad's vow of friendship.
 *
 * <pre>{@code
 * Statement.builder()
 *     .id(Id.of("fidel-castro-praises-kim-il-sung"))
 *     .speaker(Id.of("fidel-castro"))
 *     .addSubject(Id.of("kim-il-sung"))
 *     .statementKind(StatementKind.PRAISE)
 *     .content("a veteran and irreproachable combatant")
 *     .build();
 * }</pre>
 *
 * <p>Rules, besides the {@link Event envelope}'s: subjects each once ({@code
 * statement.subjects.duplicate}); content not blank.
 */
@Value.Immutable
@DiplomacyStyle
public abstract non-sealed class Statement implements Event, WithStatement {

  Statement() {}

  /** Always {@link EventKind#STATEMENT}. */
  @Override
  public final EventKind kind() {
    return EventKind.STATEMENT;
  }

  /** The actor who spoke or wrote, in the capacity the source gives. */
  public abstract Agent speaker();

  /** The ids of the actors the statement is about, each once; the speaker may be one. */
  public abstract List<Id> subjects();

  /** What the statement does: praise, criticism, a vow, a denial, a claim, an accusation. */
  public abstract Optional<StatementKind> statementKind();

  /** What was said, in the source's words. */
  public abstract Optional<String> content();

  /**
   * Derived from the typed fields: the {@link #speaker()} as {@link Role#SPEAKER}, then each of the
   * {@link #subjects()} as {@link Role#SUBJECT}. Not an attribute: set the fields instead.
   */
  @Override
  public List<Participant> participants() {
    List<Participant> out = new ArrayList<>();
    out.add(speaker().as(Role.SPEAKER));
    subjects().forEach(s -> out.add(Participant.of(s, Role.SUBJECT)));
    return Collections.unmodifiableList(out);
  }

  /** A new builder, with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Statement}, from {@link Statement#builder()}. Like the builder of every kind of
   * event, it is an {@link Event.Builder}, with the same setters of the envelope. {@code build()}
   * throws a {@link ValidationException} when {@code id} or {@code speaker} is missing, and one
   * that names every rule the statement breaks.
   */
  public static final class Builder extends ImmutableStatement.Builder
      implements Event.Builder<Builder> {
    Builder() {}

    /** Sets the speaker, with no capacity given. */
    public Builder speaker(Id speaker) {
      return speaker(Agent.of(speaker));
    }
  }

  @Value.Check
  void check() {
    Checks checks =
        EventChecks.envelope(this)
            .unique(subjects(), "subjects", "statement.subjects.duplicate", "subject");
    checks.text(content(), "content", "statement.content.blank").throwIfAny();
  }
}

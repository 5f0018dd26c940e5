package dev.diplomacy.core.render;

import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.events.EventKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Who met, wrote to, visited or pledged support to whom in a dossier, and the other interactions
 * between two actors: one {@link Entry} per kind of interaction and pair of actors, with the
 * occasions in the dossier's order.
 *
 * <pre>
 * Who met whom:
 *   Raúl Castro met Ri Su-yong: 2018-07-05
 * Who wrote to whom:
 *   Kim Jong-un wrote to Raúl Castro: greetings 2018-07-05 via Ri Su-yong, letter 2018-07-05 via Ri Su-yong
 * Who pledged support to whom:
 *   North Korea pledged support to Nicolás Maduro: 2018-03
 * </pre>
 *
 * <p>The pairs are those of {@link MermaidGraph}'s edges, in the direction of each event's primary
 * coding: the host met each guest (CAMEO's 043, host a visit, has the host as its source), each
 * participant of a meeting without a host met each other, a sender wrote to each recipient, a
 * visitor visited the host (a visit with only a place has no one to visit), and so on.
 * Relationships and coded events are not interactions of this summary.
 */
public final class InteractionSummary {

  /** A kind of interaction, in the order the summary lists them. */
  public enum Interaction {
    /** Meetings: the host met the guest, or equals met each other. */
    MET("met", "meeting"),
    /** Messages of any kind: greetings, letters, thanks... */
    WROTE_TO("wrote to", ""),
    /** Visits with a host. */
    VISITED("visited", "visit"),
    /** Support pledges. */
    PLEDGED_SUPPORT_TO("pledged support to", "support pledge"),
    /** Delegations with a host. */
    SENT_A_DELEGATION_TO("sent a delegation to", "delegation"),
    /** Material transfers: arms, aid, goods. */
    PROVIDED_MATERIAL_TO("provided material to", "material transfer"),
    /** Mournings. */
    DECLARED_MOURNING_FOR("declared mourning for", "mourning"),
    /** Statements, from the speaker to each subject. */
    MADE_A_STATEMENT_ABOUT("made a statement about", "statement"),
    /** Agreements, between each pair of signatories. */
    SIGNED_AN_AGREEMENT_WITH("signed an agreement with", "agreement"),
    /**
     * Changes of relations: established, broken off, restored; embassies, recalls, expulsions. From
     * the initiator to each counterpart, or between initiators acting together.
     */
    CHANGED_RELATIONS_WITH("changed relations with", "");

    private final String verb;
    private final String plainKind;

    Interaction(String verb, String plainKind) {
      this.verb = verb;
      this.plainKind = plainKind;
    }

    /** The verb in a sentence: {@code met}, {@code wrote to}, {@code pledged support to}. */
    public String verb() {
      return verb;
    }

    /** The heading of its part of the summary: {@code Who met whom:}. */
    public String heading() {
      return "Who " + verb + " whom:";
    }

    /** The interaction that events of {@code kind} are, if any. */
    static Optional<Interaction> of(EventKind kind) {
      return switch (kind) {
        case MEETING -> Optional.of(MET);
        case MESSAGE -> Optional.of(WROTE_TO);
        case VISIT -> Optional.of(VISITED);
        case SUPPORT_PLEDGE -> Optional.of(PLEDGED_SUPPORT_TO);
        case DELEGATION -> Optional.of(SENT_A_DELEGATION_TO);
        case MATERIAL_TRANSFER -> Optional.of(PROVIDED_MATERIAL_TO);
        case MOURNING -> Optional.of(DECLARED_MOURNING_FOR);
        case STATEMENT -> Optional.of(MADE_A_STATEMENT_ABOUT);
        case AGREEMENT -> Optional.of(SIGNED_AN_AGREEMENT_WITH);
        case RELATIONS_CHANGE -> Optional.of(CHANGED_RELATIONS_WITH);
        case CODED, OPAQUE -> Optional.empty();
      };
    }
  }

  /**
   * One pair of actors and how they interacted: {@code Kim Jong-un wrote to Raúl Castro: greetings
   * 2018-07-05 via Ri Su-yong, letter 2018-07-05 via Ri Su-yong}.
   *
   * @param interaction the kind of interaction
   * @param from the name of the actor who acted: the host, the sender, the visitor, the pledger
   * @param to the name of the other actor
   * @param occasions each occasion, in the dossier's order: its kind where it says more than the
   *     interaction ({@code greetings}, {@code condolence visit}, {@code praise}), its date, envoy
   *     or head of delegation, and certainty; {@code undated} when it has neither a date nor a kind
   *     more specific than the interaction: {@code undated (claimed)}
   */
  public record Entry(Interaction interaction, String from, String to, List<String> occasions) {

    /** An entry; the occasions are copied. */
    public Entry {
      occasions = List.copyOf(occasions);
    }

    /** The entry as a line: {@code Raúl Castro met Ri Su-yong: 2018-07-05}. */
    @Override
    public String toString() {
      return from + " " + interaction.verb() + " " + to + ": " + String.join(", ", occasions);
    }
  }

  private final List<Entry> entries;

  private InteractionSummary(List<Entry> entries) {
    this.entries = Collections.unmodifiableList(entries);
  }

  /** The summary of the dossier's interactions. */
  public static InteractionSummary of(Dossier dossier) {
    Map<List<Object>, List<String>> occasions = new LinkedHashMap<>();
    Map<List<Object>, String[]> pairs = new LinkedHashMap<>();
    Names names = new Names(dossier);
    for (GraphModel.Edge edge : GraphModel.of(dossier).edges) {
      Optional<Interaction> interaction = edge.eventKind().flatMap(Interaction::of);
      if (interaction.isEmpty()) {
        continue;
      }
      List<Object> key = List.of(interaction.get(), edge.from(), edge.to());
      pairs.putIfAbsent(key, new String[] {names.of(edge.from()), names.of(edge.to())});
      String occasion =
          edge.kind().equals(interaction.get().plainKind) ? edge.detail() : edge.label();
      if (occasion.isEmpty() || occasion.startsWith("(")) {
        occasion = ("undated " + occasion).trim();
      }
      occasions.computeIfAbsent(key, k -> new ArrayList<>()).add(occasion);
    }
    List<Entry> entries = new ArrayList<>();
    for (Interaction interaction : Interaction.values()) {
      for (Map.Entry<List<Object>, List<String>> e : occasions.entrySet()) {
        if (e.getKey().get(0) == interaction) {
          String[] pair = pairs.get(e.getKey());
          entries.add(new Entry(interaction, pair[0], pair[1], e.getValue()));
        }
      }
    }
    return new InteractionSummary(entries);
  }

  /**
   * Every entry: by kind of interaction in {@link Interaction}'s order, then in the dossier's
   * order.
   */
  public List<Entry> entries() {
    return entries;
  }

  /** The entries of one kind of interaction. */
  public List<Entry> entries(Interaction interaction) {
    return entries.stream()
        .filter(e -> e.interaction() == interaction)
        .collect(Collectors.toUnmodifiableList());
  }

  /** True when the dossier has no interaction between two actors. */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /**
   * The summary as lines: each kind of interaction that has entries under its {@link
   * Interaction#heading() heading}, then its entries, indented by two spaces.
   */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    for (Interaction interaction : Interaction.values()) {
      List<Entry> some = entries(interaction);
      if (!some.isEmpty()) {
        lines.add(interaction.heading());
        some.forEach(e -> lines.add("  " + e));
      }
    }
    return Collections.unmodifiableList(lines);
  }

  /** True when {@code o} is a summary with the same entries. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof InteractionSummary && ((InteractionSummary) o).entries.equals(entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  /** The {@link #lines()}, each ending with a line break. */
  @Override
  public String toString() {
    return lines().stream().map(l -> l + "\n").collect(Collectors.joining());
  }
}

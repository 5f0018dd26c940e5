package dev.diplomacy.core.render;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.relations.Relationship;
import dev.diplomacy.core.relations.RelationshipPeriod;
import dev.diplomacy.core.sources.Citation;
import dev.diplomacy.core.time.DateSpan;
import dev.diplomacy.core.time.PartialDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A dossier's events and relationships as a plain-text timeline, one line each: the date, the kind,
 * a sentence, and the ids of the sources cited.
 *
 * <pre>
 * 2018-07-05  meeting    Raúl Castro received Ri Su-yong in Havana (friendly)  [kcna-2018-07-09]
 * 2018-07-05  greetings  Kim Jong-un sent greetings to Raúl Castro via Ri Su-yong  [kcna-2018-07-09]
 * undated
 *             praise     Fidel Castro praised Kim Il-sung: "a veteran and irreproachable combatant"
 * </pre>
 *
 * <p>Entries are in the order of their dates, {@link PartialDate}'s order (by first day, then last
 * day: 2018, then 2018-03-01, then 2018-03), entries of the same date in the dossier's order,
 * events before relationships. An event's date is its {@link dev.diplomacy.core.time.When#date()}
 * (written {@code 2016-11-26/2016-11-28} when it has a last day); a relationship's is the start of
 * its span. Undated entries come last, under a line {@code undated}. Names are the actors' primary
 * names, or the ids the dossier does not resolve. A claim, an allegation or a disputed event says
 * so at the end of its sentence: {@code (claimed)}. The date and kind columns are padded to a
 * common width.
 */
public final class Timeline {

  private Timeline() {}

  /** One line of the timeline, before layout. */
  private record Entry(
      Optional<PartialDate> date,
      String dateText,
      String kind,
      String sentence,
      List<Id> sources) {}

  /**
   * The timeline of the dossier, each line ending with a line break; empty for a dossier without
   * events.
   */
  public static String of(Dossier dossier) {
    Sentences sentences = new Sentences(dossier);
    List<Entry> entries = new ArrayList<>();
    for (Event e : dossier.events()) {
      entries.add(
          new Entry(
              e.when().map(w -> w.date()),
              Labels.date(e).orElse(""),
              Labels.kind(e),
              sentences.of(e),
              sources(e.citations())));
    }
    for (Relationship r : dossier.relationships()) {
      Optional<PartialDate> start =
          r.periods().stream()
              .findFirst()
              .flatMap(RelationshipPeriod::span)
              .flatMap(DateSpan::start);
      entries.add(
          new Entry(
              start,
              start.map(PartialDate::toString).orElse(""),
              Labels.kind(r),
              sentences.of(r),
              sources(r.citations())));
    }
    List<Entry> dated =
        entries.stream()
            .filter(e -> e.date().isPresent())
            .sorted(Comparator.comparing(e -> e.date().get()))
            .collect(Collectors.toList());
    List<Entry> undated =
        entries.stream().filter(e -> e.date().isEmpty()).collect(Collectors.toList());

    int dateWidth = dated.stream().mapToInt(e -> e.dateText().length()).max().orElse(0);
    int kindWidth = entries.stream().mapToInt(e -> e.kind().length()).max().orElse(0);
    StringBuilder out = new StringBuilder();
    dated.forEach(e -> line(out, e, dateWidth, kindWidth));
    if (!undated.isEmpty()) {
      out.append("undated\n");
      undated.forEach(e -> line(out, e, dateWidth, kindWidth));
    }
    return out.toString();
  }

  private static List<Id> sources(List<Citation> citations) {
    return citations.stream().map(Citation::source).collect(Collectors.toList());
  }

  private static void line(StringBuilder out, Entry e, int dateWidth, int kindWidth) {
    pad(out, e.dateText(), dateWidth).append("  ");
    pad(out, e.kind(), kindWidth).append("  ").append(e.sentence());
    if (!e.sources().isEmpty()) {
      out.append("  [")
          .append(e.sources().stream().map(Id::value).collect(Collectors.joining(", ")))
          .append(']');
    }
    out.append('\n');
  }

  private static StringBuilder pad(StringBuilder out, String text, int width) {
    out.append(text);
    for (int i = text.length(); i < width; i++) {
      out.append(' ');
    }
    return out;
  }
}

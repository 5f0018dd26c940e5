package dev.diplomacy.interop.icews;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.actors.Actor;
import dev.diplomacy.core.sources.Citation;
import dev.diplomacy.core.sources.Source;
import dev.diplomacy.core.time.PartialDate;
import dev.diplomacy.core.time.When;
import dev.diplomacy.core.validation.ValidationException;
import dev.diplomacy.interop.ImportProblem;
import dev.diplomacy.interop.ImportStream;
import dev.diplomacy.interop.internal.Lines;
import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * An ICEWS file read as a stream of elements, by the rules of {@link IcewsImporter}: the rows of
 * one story are held until a row of another story is read, the story has {@link #STORY_WINDOW} rows
 * held, or the input ends; then their mirrors are paired and their events made, in the order of the
 * rows.
 */
final class IcewsStream extends ImportStream {

  /** The most rows held at once: the rows of one story, waiting for their mirrors. */
  static final int STORY_WINDOW = 1_000;

  private static final int MERGED = -2;

  /** A line read and not yet handed out: a row, or a blank line's warning. */
  private static final class Held {
    final int line;
    final boolean isRow;
    final List<ImportProblem> problems;
    final IcewsEventMaker.@Nullable Row row;

    Held(int line, boolean isRow, List<ImportProblem> problems, IcewsEventMaker.@Nullable Row row) {
      this.line = line;
      this.isRow = isRow;
      this.problems = problems;
      this.row = row;
    }
  }

  /** The mirrored rows of a symmetric event share this key, with the actors swapped. */
  private record PairKey(
      PartialDate date,
      String code,
      String story,
      int sentence,
      @Nullable BigDecimal intensity,
      ActorTable.Entry a,
      ActorTable.Entry b) {}

  private final Lines in;
  private final ActorTable actors = new ActorTable();

  /**
   * The builder of every story's source, reused: each source sets its id, its publisher and its one
   * extension, the story id (the same key, its value replaced), and no other attribute.
   */
  private final Source.Builder sources = Source.builder();

  /**
   * The builder of every citation, reused: each sets its source and locator, and no other
   * attribute.
   */
  private final Citation.Builder citations = Citation.builder();

  private final IcewsEventMaker events = new IcewsEventMaker();

  /** Every Event ID read, with the line where it was first read. */
  private final IdMemory eventIds = new IdMemory();

  /** Every story with a source, with the index of its publisher in {@link #actors}. */
  private final IdMemory stories = new IdMemory();

  /**
   * The citation made last, with its story and sentence: the rows of a story come together, and
   * mirrored rows share their sentence.
   */
  private @Nullable String citedStory;

  private Optional<Integer> citedSentence = Optional.empty();
  private List<Citation> cited = List.of();

  /** The story of the last row with a source, and the index of its publisher in {@link #actors}. */
  private @Nullable String storyRead;

  private int storyReadPublisher;

  /** The Publisher text of a row of a known story, and the actor it names. */
  private @Nullable String publisherRead;

  private ActorTable.@Nullable Entry publisherReadActor;

  private @Nullable String sourceStory;
  private @Nullable Id sourceStoryId;
  private @Nullable PartialDate lastDate;
  private @Nullable When lastWhen;

  private final List<Held> held = new ArrayList<>();

  /** The problems of the row being read, kept with it when it is held. */
  private final List<ImportProblem> rowProblems = new ArrayList<>();

  private @Nullable String heldStory;
  private boolean holdsRow;
  private @Nullable RowReader reader;
  private int line;
  private boolean started;
  private boolean ended;

  /**
   * @param in the input
   * @param owned what {@link #close()} closes: the input, or null when the caller keeps it open
   * @param problems the handler of every problem
   */
  IcewsStream(Lines in, @Nullable Closeable owned, Consumer<? super ImportProblem> problems) {
    super(problems, owned);
    this.in = in;
  }

  @Override
  protected boolean readMore() throws IOException {
    if (ended) {
      return false;
    }
    if (!started) {
      started = true;
      if (!header()) {
        ended = true;
        return false;
      }
    }
    if (!in.next()) {
      release();
      ended = true;
      return true;
    }
    line++;
    if (in.isBlank()) {
      hold(
          new Held(
              line,
              false,
              List.of(ImportProblem.warning(line, "icews.line.blank", "a blank line, skipped")),
              null));
    } else {
      row(Objects.requireNonNull(reader));
    }
    return true;
  }

  /** Reads the header; false, with the problem reported, when no row can be read under it. */
  private boolean header() throws IOException {
    String header = in.next() ? in.text() : null;
    if (header == null) {
      report(
          ImportProblem.rejection(
              1, "icews.header.missing", "the input is empty: it has no header row"));
      return false;
    }
    line = 1;
    if (header.startsWith("\uFEFF")) {
      header = header.substring(1);
    }
    List<String> missing = new ArrayList<>();
    reader = RowReader.of(header, missing);
    if (missing.isEmpty()) {
      return true;
    }
    long rows = 0;
    while (in.next()) {
      if (!in.isBlank()) {
        rows++;
        countRejected();
      }
    }
    String none =
        missing.size() == RowReader.COLUMNS.size()
            ? "the first line is not the header of ICEWS event data: it names none of the columns "
            : "the header lacks the columns ";
    report(
        ImportProblem.rejection(
            1,
            "icews.header.columns",
            String.format(
                Locale.ROOT,
                "%s%s, so none of the %,d rows after it is read",
                none,
                missing,
                rows)));
    return false;
  }

  /** Holds a line that is no row of a story: a blank line or a rejected row. */
  private void hold(Held h) {
    if (held.size() >= STORY_WINDOW) {
      release();
    }
    held.add(h);
  }

  private void row(RowReader reader) {
    List<ImportProblem> found = rowProblems;
    found.clear();
    IcewsRow row = reader.read(line, in, found);
    if (row != null) {
      int first = eventIds.putIfAbsent(row.eventId(), line);
      if (first != IdMemory.ABSENT) {
        found.add(
            ImportProblem.rejection(
                line,
                "icews.eventId.duplicate",
                "the Event ID " + row.eventId() + " was already read on line " + first));
        row = null;
      }
    }
    // A side that names no actor (a placeholder, no letter or digit) makes none, so reading the
    // sides of a row that names no actor changes nothing.
    Optional<ActorTable.Entry> source = row == null ? Optional.empty() : side(row.source(), found);
    Optional<ActorTable.Entry> target = row == null ? Optional.empty() : side(row.target(), found);
    if (row != null && source.isEmpty() && target.isEmpty()) {
      found.add(
          ImportProblem.rejection(
              line,
              "icews.actors.missing",
              "neither the Source Name ('"
                  + row.source().name().orElse(RowReader.NA)
                  + "') nor the Target Name ('"
                  + row.target().name().orElse(RowReader.NA)
                  + "') names an actor"));
      row = null;
    }
    if (row == null) {
      hold(new Held(line, true, List.copyOf(found), null));
      return;
    }
    String story = row.storyId().orElse(null);
    if ((holdsRow && !Objects.equals(story, heldStory)) || held.size() >= STORY_WINDOW) {
      release();
    }
    heldStory = story;
    holdsRow = true;
    Source newSource = story(row, found);
    emitNewActors();
    if (newSource != null) {
      emit(newSource);
    }
    held.add(
        new Held(
            line,
            true,
            found.isEmpty() ? List.of() : List.copyOf(found),
            new IcewsEventMaker.Row(row, source, target)));
  }

  /** Hands out the actors named for the first time since the last call. */
  private void emitNewActors() {
    List<Actor> made = actors.takeNew();
    for (int i = 0; i < made.size(); i++) {
      emit(made.get(i));
    }
  }

  private Optional<ActorTable.Entry> side(IcewsRow.Side side, List<ImportProblem> found) {
    if (side.name().isEmpty()) {
      return Optional.empty();
    }
    return actors.actor(side, line, found);
  }

  /**
   * The source of the row's story when the row is the first to give the story a publisher; else
   * null, with a warning when it gives another publisher than the source's.
   */
  private @Nullable Source story(IcewsRow row, List<ImportProblem> found) {
    if (row.storyId().isEmpty() || row.publisher().isEmpty()) {
      return null;
    }
    String storyId = row.storyId().get();
    String publisher = row.publisher().get();
    // the rows of a story come together: the story of the row before is known without a search
    int known = storyId.equals(storyRead) ? storyReadPublisher : stories.get(storyId);
    if (known == IdMemory.ABSENT) {
      Optional<ActorTable.Entry> entry = actors.publisher(publisher, line, found);
      if (entry.isEmpty()) {
        return null;
      }
      stories.putIfAbsent(storyId, entry.get().index());
      storyRead = storyId;
      storyReadPublisher = entry.get().index();
      // the publisher is made (and given its id) before the source is handed out
      emitNewActors();
      return sources
          .id(sourceId(storyId))
          .publisher(entry.get().id())
          .putExtension(IcewsEventMaker.STORY_ID, ExtensionValue.of(storyId))
          .build();
    }
    storyRead = storyId;
    storyReadPublisher = known;
    ActorTable.Entry first = actors.get(known);
    ActorTable.Entry named =
        publisher == publisherRead ? publisherReadActor : actors.find(publisher);
    if (named != null) {
      // a spelling names one actor for good: the same text is its actor again
      publisherRead = publisher;
      publisherReadActor = named;
    }
    if (named != first) {
      found.add(
          ImportProblem.warning(
              line,
              "icews.story.publisherConflict",
              "the story "
                  + storyId
                  + " is given the publisher '"
                  + publisher
                  + "' here, but an earlier row gave it '"
                  + first.firstName()
                  + "'; the source keeps '"
                  + first.firstName()
                  + "'"));
    }
    return null;
  }

  /** Pairs the held rows, makes their events and hands out everything held, in order. */
  private void release() {
    if (held.isEmpty()) {
      return;
    }
    int[] mirror = pair();
    String[] failed = new String[held.size()];
    for (int i = 0; i < held.size(); i++) {
      Held h = held.get(i);
      for (int p = 0; p < h.problems.size(); p++) {
        report(h.problems.get(p));
      }
      if (!h.isRow) {
        continue;
      }
      IcewsEventMaker.Row row = h.row;
      if (row == null) {
        countRejected();
      } else if (mirror[i] == MERGED) {
        if (failed[i] == null) {
          countMerged();
        } else {
          report(ImportProblem.rejection(h.line, "icews.event.invalid", failed[i]));
          countRejected();
        }
      } else {
        Optional<IcewsEventMaker.Row> partner =
            mirror[i] >= 0
                ? Optional.of(Objects.requireNonNull(held.get(mirror[i]).row))
                : Optional.empty();
        List<Citation> citation = citation(row.row());
        try {
          emit(events.make(row, partner, citation, when(row.row().date())));
          countImported();
        } catch (ValidationException e) {
          String reason = "the event cannot be built: " + e.getMessage();
          report(ImportProblem.rejection(h.line, "icews.event.invalid", reason));
          countRejected();
          if (partner.isPresent()) {
            failed[mirror[i]] = reason;
          }
        }
      }
    }
    held.clear();
    holdsRow = false;
    heldStory = null;
  }

  /**
   * The citation of a row's story and sentence, as a list of one; empty, with a warning, when the
   * story has no source.
   */
  private List<Citation> citation(IcewsRow row) {
    if (row.storyId().isEmpty()) {
      report(
          ImportProblem.warning(
              row.line(),
              "icews.story.missing",
              "the row gives no Story ID: the event cites no source"));
      return List.of();
    }
    String storyId = row.storyId().get();
    // the story cited last has a source: only another story is looked for
    if (!storyId.equals(citedStory) && stories.get(storyId) == IdMemory.ABSENT) {
      report(
          ImportProblem.warning(
              row.line(),
              "icews.publisher.missing",
              "no row of the story "
                  + storyId
                  + " up to this one gives its publisher, so it has no source: the event keeps the"
                  + " story id as the extension "
                  + IcewsEventMaker.STORY_ID));
      return List.of();
    }
    if (!storyId.equals(citedStory) || !row.sentence().equals(citedSentence)) {
      cited = List.of(citations.source(sourceId(storyId)).locator(locator(row.sentence())).build());
      citedStory = storyId;
      citedSentence = row.sentence();
    }
    return cited;
  }

  /** The locators of the first sentences, made once: {@code sentence 1}... */
  private static final List<Optional<String>> LOCATORS =
      IntStream.range(0, 256).mapToObj(n -> Optional.of("sentence " + n)).toList();

  /** A citation's locator: {@code sentence 2}. */
  private static Optional<String> locator(Optional<Integer> sentence) {
    if (sentence.isEmpty()) {
      return Optional.empty();
    }
    int n = sentence.get();
    return n >= 0 && n < LOCATORS.size() ? LOCATORS.get(n) : Optional.of("sentence " + n);
  }

  /** The {@link When} of a day: the rows of a file come day by day. */
  private When when(PartialDate date) {
    if (!date.equals(lastDate)) {
      lastWhen = When.on(date);
      lastDate = date;
    }
    return Objects.requireNonNull(lastWhen);
  }

  /** The id of a story's source; the story of the last row asked for is asked for again. */
  private Id sourceId(String storyId) {
    if (!storyId.equals(sourceStory)) {
      sourceStoryId = Id.of("icews-story-" + storyId);
      sourceStory = storyId;
    }
    return Objects.requireNonNull(sourceStoryId);
  }

  /**
   * For each held line, the index of its mirror when it is the first of a symmetric pair, {@link
   * #MERGED} when it is the second, or -1.
   */
  private int[] pair() {
    int[] mirror = new int[held.size()];
    Arrays.fill(mirror, -1);
    // made for the first symmetric row, as most stories have none
    Map<PairKey, Integer> open = null;
    for (int i = 0; i < held.size(); i++) {
      IcewsEventMaker.Row row = held.get(i).row;
      if (row == null) {
        continue;
      }
      IcewsRow r = row.row();
      if (!IcewsEventMaker.SYMMETRIC.contains(r.cameoCode().code())
          || !row.twoActors()
          || r.storyId().isEmpty()
          || r.sentence().isEmpty()) {
        continue;
      }
      ActorTable.Entry s = row.source().orElseThrow();
      ActorTable.Entry t = row.target().orElseThrow();
      // stripped of trailing zeros, so that 4.0 and 4 are equal: what equals compares
      BigDecimal intensity = r.intensity().map(BigDecimal::stripTrailingZeros).orElse(null);
      if (open == null) {
        open = new HashMap<>();
      }
      Integer first = open.remove(key(r, intensity, t, s));
      if (first != null) {
        mirror[first] = i;
        mirror[i] = MERGED;
      } else {
        open.putIfAbsent(key(r, intensity, s, t), i);
      }
    }
    return mirror;
  }

  private static PairKey key(
      IcewsRow r, @Nullable BigDecimal intensity, ActorTable.Entry a, ActorTable.Entry b) {
    return new PairKey(
        r.date(),
        r.cameoCode().code(),
        r.storyId().orElseThrow(),
        r.sentence().orElseThrow(),
        intensity,
        a,
        b);
  }
}

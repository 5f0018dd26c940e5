package dev.diplomacy.interop.gdelt;

import dev.diplomacy.core.ExternalId;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.events.CodedEvent;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.events.Participant;
import dev.diplomacy.core.events.Role;
import dev.diplomacy.core.sources.Citation;
import dev.diplomacy.core.sources.Source;
import dev.diplomacy.core.validation.ValidationException;
import dev.diplomacy.interop.CameoEventKinds;
import dev.diplomacy.interop.ImportProblem;
import dev.diplomacy.interop.ImportStream;
import dev.diplomacy.interop.internal.ByteLines;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** The rows of one GDELT input, read one at a time as actors, sources and events. */
final class GdeltStream extends ImportStream {

  /** How many source URLs are remembered, the most recently cited first. */
  static final int SOURCE_CACHE = 1 << 16;

  /** The input, and what to do when it ends (a zip file's check that no entry follows). */
  interface Input {
    /** The next line, or null at the end. */
    String readLine() throws IOException;

    /** Called once at the end of the lines; throws when the input is not whole. */
    void finish() throws IOException;

    /** Closes the input. */
    void close() throws IOException;
  }

  private final Input in;
  private final String name;
  private final GdeltRowReader reader = new GdeltRowReader();
  private final GdeltActors actors = new GdeltActors();
  private final GdeltData data = new GdeltData();
  private final RecentIds recent = new RecentIds();
  private final List<ImportProblem> found = new ArrayList<>();
  private final Map<String, Id> sources =
      new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Id> eldest) {
          return size() > SOURCE_CACHE;
        }
      };
  private long sourceCount;

  /**
   * The URL of the last source found or made, the most recent of {@link #sources}, and its id: a
   * row often cites the article of the row before, found again without a look-up that would change
   * nothing.
   */
  private String lastUrl = "";

  private Optional<Id> lastSource = Optional.empty();
  private int line;
  private boolean finished;

  GdeltStream(Input in, String name, Consumer<? super ImportProblem> problems) {
    super(problems, in::close);
    this.in = in;
    this.name = name;
  }

  @Override
  protected boolean readMore() throws IOException {
    if (finished) {
      return false;
    }
    String text;
    try {
      text = in.readLine();
      if (text == null) {
        finished = true;
        in.finish();
        return false;
      }
    } catch (IOException e) {
      finished = true;
      throw new IOException(
          "cannot read " + name + " after line " + line + ": " + e.getMessage(), e);
    }
    line++;
    if (line == 1 && text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      report(ImportProblem.warning(line, "gdelt.line.blank", "a blank line, skipped"));
      return true;
    }
    row(text);
    return true;
  }

  private void row(String text) {
    found.clear();
    GdeltRow row = reader.read(line, text, found);
    if (text.indexOf('\uFFFD') >= 0) {
      found.add(
          ImportProblem.warning(
              line,
              "gdelt.encoding",
              "the line has bytes that are not UTF-8, read as the replacement character U+FFFD"));
    }
    if (row == null) {
      reportAll(found);
      countRejected();
      return;
    }
    long number = Long.parseLong(row.eventId());
    if (recent.contains(number)) {
      found.add(
          ImportProblem.rejection(
              line,
              "gdelt.eventId.duplicate",
              "the GLOBALEVENTID "
                  + row.eventId()
                  + " is that of an event already read: GDELT's ids never repeat"));
      reportAll(found);
      countRejected();
      return;
    }
    Consumer<ImportProblem> warn = found::add;
    try {
      Optional<Id> a1 =
          row.actor1().code().map(c -> actor(c, row.actor1().name(), "Actor1Code", warn));
      Optional<Id> a2 =
          row.actor2().code().map(c -> actor(c, row.actor2().name(), "Actor2Code", warn));
      Optional<Id> source = source(row);
      // The typed event where one fits, else the coded event: built once either way.
      Event.Builder<?> b =
          CameoEventKinds.typedBuilder(row.eventCode().code(), a1, a2)
              .orElseGet(() -> coded(row, a1, a2));
      b.id(Id.of("gdelt-" + row.eventId()))
          .when(row.date())
          .place(row.actionGeo().map(GdeltRow.Geo::place))
          .addExternalId(ExternalId.of(GdeltData.DATASET, row.eventId()))
          .addDatasetCoding(data.coding(row, a1, a2))
          .extensions(GdeltData.event(row, source.isEmpty()));
      source.ifPresent(s -> b.addCitation(Citation.builder().source(s).build()));
      emit(b.build());
      recent.add(number);
      reportAll(found);
      countImported();
    } catch (ValidationException e) {
      found.add(
          ImportProblem.rejection(
              line, "gdelt.event.invalid", "the event cannot be built: " + e.getMessage()));
      reportAll(found);
      countRejected();
    }
  }

  /** Reports the problems of a row, in order. */
  private void reportAll(List<ImportProblem> found) {
    for (int i = 0; i < found.size(); i++) {
      report(found.get(i));
    }
  }

  private Id actor(
      String code, Optional<String> rowName, String column, Consumer<ImportProblem> warn) {
    return actors.actor(code, rowName.orElse(""), line, column, warn, this::emit);
  }

  /**
   * The source of the row's URL: the one made when a recent row cited it, or a new one. An URL that
   * is not a web address is reported and kept on the event.
   */
  private Optional<Id> source(GdeltRow row) {
    if (row.sourceUrl().isEmpty()) {
      found.add(
          ImportProblem.warning(
              line,
              "gdelt.sourceUrl.missing",
              "the row has no SOURCEURL: the event cites no source"));
      return Optional.empty();
    }
    String url = row.sourceUrl().get();
    if (url.equals(lastUrl)) {
      return lastSource;
    }
    Id known = sources.get(url);
    if (known != null) {
      return cited(url, known);
    }
    Source source;
    Id id = Id.of("gdelt-source-" + (sourceCount + 1));
    try {
      source = Source.builder().id(id).url(new URI(url)).build();
    } catch (URISyntaxException | ValidationException e) {
      found.add(
          ImportProblem.warning(
              line,
              "gdelt.sourceUrl.invalid",
              "the SOURCEURL '"
                  + url
                  + "' is not a web address ("
                  + e.getMessage()
                  + "): the event cites no source and keeps it as "
                  + GdeltData.SOURCE_URL));
      return Optional.empty();
    }
    sourceCount++;
    sources.put(url, id);
    emit(source);
    return cited(url, id);
  }

  private Optional<Id> cited(String url, Id id) {
    lastUrl = url;
    lastSource = Optional.of(id);
    return lastSource;
  }

  /** The coded event of a row no kind fits: its code, its Goldstein figure, its two actors. */
  private static CodedEvent.Builder coded(GdeltRow row, Optional<Id> a1, Optional<Id> a2) {
    CodedEvent.Builder b =
        CodedEvent.builder()
            .cameoCode(row.eventCode().code())
            .intensity(row.goldstein().doubleValue());
    a1.ifPresent(a -> b.addParticipant(Participant.of(a, Role.SOURCE_ACTOR)));
    a2.ifPresent(a -> b.addParticipant(Participant.of(a, Role.TARGET_ACTOR)));
    return b;
  }

  /** A plain text input. */
  static Input lines(ByteLines reader) {
    return new Input() {
      @Override
      public String readLine() throws IOException {
        return reader.readLine();
      }

      @Override
      public void finish() {}

      @Override
      public void close() throws IOException {
        reader.close();
      }
    };
  }
}

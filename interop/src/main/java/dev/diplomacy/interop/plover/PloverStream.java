package dev.diplomacy.interop.plover;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.codes.PloverCategory;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.sources.Source;
import dev.diplomacy.core.validation.ValidationException;
import dev.diplomacy.interop.ImportProblem;
import dev.diplomacy.interop.ImportStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * PLOVER records read one at a time ({@link RecordReader}), as the elements of a dossier: each
 * record's new actors, then its new source, then its event. What it remembers across records is
 * listed in {@link PloverImporter}.
 */
final class PloverStream extends ImportStream implements RecordReader.Handler {

  private final RecordReader reader;
  private final @Nullable Consumer<ExtensionValue.MapValue> documents;
  private final ActorBook actors = new ActorBook();

  /** Each source's key ({@link #sourceKey}), with the number of its id. */
  private final TextIntMap sources = new TextIntMap();

  /**
   * Each record id read and each id given to an actor, event or source, in one map as they are
   * mostly the same texts: bit 0 of the value is set when the text is an id given, the others hold
   * the line of the first record with the text as its id ({@link #LINE_UNIT} times it), 0 for none.
   */
  private final TextIntMap ids = new TextIntMap();

  private static final int TAKEN = 1;
  private static final int LINE_UNIT = 2;

  /** The last line that {@link #ids} can hold; later lines are held as this one. */
  private static final int LAST_LINE = Integer.MAX_VALUE / LINE_UNIT;

  private int nextSource = 1;

  /** The source that the record being read names first, and its publisher; else null. */
  private PendingEvent.@Nullable SourceKey newSource;

  private ActorBook.@Nullable Entry newPublisher;

  /**
   * @param in the input
   * @param owned what {@link #close()} closes: the input, or null when the caller keeps it open
   * @param documents what is given each documentation record, besides the warning; null for none
   * @param problems the handler of every problem
   */
  PloverStream(
      Reader in,
      @Nullable Closeable owned,
      @Nullable Consumer<ExtensionValue.MapValue> documents,
      Consumer<? super ImportProblem> problems) {
    super(problems, owned);
    this.reader = new RecordReader(in, this);
    this.documents = documents;
  }

  @Override
  protected boolean readMore() throws IOException {
    return reader.next();
  }

  @Override
  public void rejected(int index, int line, String code, String reason) {
    reject(line, code, reason);
  }

  @Override
  public void problem(ImportProblem problem) {
    report(problem);
  }

  private void reject(int line, String code, String reason) {
    report(ImportProblem.rejection(line, code, reason));
    countRejected();
  }

  @Override
  public void record(int index, int line, ExtensionValue.MapValue record) {
    newSource = null;
    newPublisher = null;
    Map<String, ExtensionValue> m = record.members();
    Set<String> used = new HashSet<>();
    List<ImportProblem> found = new ArrayList<>();
    PendingEvent p = new PendingEvent();
    p.index = index;
    p.line = line;

    ExtensionValue event = Fields.take(m, used, "event");
    if (Trees.isEmpty(event)) {
      reject(line, "plover.event.missing", "the record gives no event category");
      return;
    }
    List<String> names = Trees.texts(event);
    if (names != null
        && names.size() == 1
        && names.get(0).strip().equalsIgnoreCase(PloverCodes.DOCUMENT)) {
      document(line, record);
      return;
    }
    String name = null;
    if (names != null) {
      for (String n : names) {
        Optional<PloverCategory> c = PloverCodes.category(n);
        if (c.isPresent()) {
          name = n.strip();
          p.category = c.get();
          break;
        }
      }
    }
    if (name == null) {
      reject(
          line,
          "plover.event.unknown",
          "the event category "
              + Trees.describe(event)
              + " is not one of PLOVER: expected one of "
              + List.of(PloverCategory.values())
              + ", or of the older DEMAND, DISAPPROVE, INVESTIGATE, FIGHT");
      return;
    }
    if (names.size() > 1) {
      found.add(
          ImportProblem.warning(
              line,
              "plover.event.several",
              "the record gives several categories, "
                  + Trees.describe(event)
                  + ": the event is coded as "
                  + p.category
                  + ", the first that PLOVER has; all are kept as the extension plover:event"));
    }
    if (PloverCodes.isLegacy(name)) {
      found.add(
          ImportProblem.warning(
              line,
              "plover.event.legacy",
              "the category "
                  + name
                  + " of an earlier PLOVER draft is read as "
                  + p.category
                  + ", the category of the PLOVER 2021 table for its CAMEO code "
                  + PloverCodes.representative(name, p.category, null)));
    }
    p.extensions.put(PloverCodes.NS + "event", Trees.single(event));

    ExtensionValue mode = Fields.take(m, used, "mode");
    if (!Trees.isEmpty(mode)) {
      List<String> modes = Trees.texts(mode);
      if (modes == null) {
        found.add(Fields.invalid(line, "plover.mode.invalid", "mode", mode));
      } else {
        p.mode =
            modes.stream().map(String::strip).filter(s -> !s.isEmpty()).findFirst().orElse(null);
      }
      p.extensions.put(PloverCodes.NS + "mode", Trees.single(mode));
    }
    Fields.context(Fields.take(m, used, "context"), line, p, found);

    List<ActorBook.Entry> sourceActors = side(m, used, line, p, found, "source");
    List<ActorBook.Entry> recipientActors = side(m, used, line, p, found, "recipient", "target");
    if (sourceActors.isEmpty() && recipientActors.isEmpty()) {
      reject(
          line, "plover.actors.missing", "the record names no actor, neither source nor recipient");
      return;
    }
    if (sourceActors.isEmpty()) {
      found.add(
          ImportProblem.warning(
              line, "plover.source.missing", "the record names no source actor, only recipients"));
    }
    p.sources = sourceActors;
    p.recipients = recipientActors;

    p.code = PloverCodes.representative(name, p.category, p.mode);
    Fields.cameo(Fields.take(m, used, "cameo"), line, p, found);
    ids(Fields.take(m, used, "id"), Fields.take(m, used, "event_id"), line, p, found);
    Fields.when(m, used, line, p, found);
    ExtensionValue loc = Fields.take(m, used, "event_loc", "eventLoc");
    if (!Trees.isEmpty(loc)) {
      p.place = PloverLocations.place(loc, line, p, found);
    }
    citation(m, used, line, p, found);
    Fields.eventText(Fields.take(m, used, "event_text", "eventText"), line, p, found);

    for (Map.Entry<String, ExtensionValue> member : m.entrySet()) {
      if (!used.contains(member.getKey())) {
        Fields.keep(p.extensions, member.getKey(), member.getValue(), line, found);
      }
    }
    found.forEach(this::report);
    make(p);
  }

  /**
   * Reports a documentation record, in full, and hands it to {@link #documents}: it is no row of
   * data, so {@link #counts()} does not count it.
   */
  private void document(int line, ExtensionValue.MapValue record) {
    report(
        ImportProblem.warning(
            line,
            "plover.record.documentation",
            "a documentation record (\"event\": \"DOCUMENT\"), not an event, so no element:"
                + " here it is in full (a dossier read whole keeps it as its extension"
                + " plover:documents): "
                + Trees.json(record)));
    if (documents != null) {
      documents.accept(record);
    }
  }

  /**
   * Gives the record's event its id, then its new actors and source theirs, and hands them out in
   * that order: actors, source, event.
   */
  private void make(PendingEvent p) {
    p.id = PloverEventMaker.eventId(p, this::claim);
    actors.takeNew(this::claim).forEach(this::emit);
    Map<PendingEvent.SourceKey, Id> sourceIds = Map.of();
    if (p.source != null) {
      Id sourceId;
      if (p.source.equals(newSource)) {
        int n = nextSource++;
        while (!claim(sourceId(n))) {
          n = nextSource++;
        }
        sourceId = sourceId(n);
        sources.putIfAbsent(sourceKey(p.source), n);
        emit(
            Source.builder()
                .id(sourceId)
                .publisher(Optional.ofNullable(newPublisher).map(ActorBook.Entry::id))
                .title(Optional.ofNullable(p.source.title()))
                .url(Optional.ofNullable(p.source.url()))
                .language(Optional.ofNullable(p.source.language()))
                .build());
      } else {
        sourceId = sourceId(sources.get(sourceKey(p.source)));
      }
      sourceIds = Map.of(p.source, sourceId);
    }
    Event event;
    try {
      event = PloverEventMaker.event(p, sourceIds);
    } catch (ValidationException e) {
      reject(p.line, "plover.event.invalid", "the event cannot be built: " + e.getMessage());
      return;
    }
    emit(event);
    countImported();
  }

  /** Takes {@code id} for an element: false when it was taken before. */
  private boolean claim(Id id) {
    int known = ids.putIfAbsent(id.value(), TAKEN);
    if (known == TextIntMap.ABSENT) {
      return true;
    }
    if ((known & TAKEN) != 0) {
      return false;
    }
    ids.put(id.value(), known | TAKEN);
    return true;
  }

  private static Id sourceId(int n) {
    return Id.of("plover-source-" + n);
  }

  /** The key of a source as one text, each part after its length: no two sources share one. */
  private static String sourceKey(PendingEvent.SourceKey key) {
    StringBuilder b = new StringBuilder();
    for (String part :
        new String[] {
          key.publication(),
          key.title(),
          key.url() == null ? null : key.url().toString(),
          key.language()
        }) {
      b.append(part == null ? -1 : part.length()).append(':').append(part == null ? "" : part);
    }
    return b.toString();
  }

  /** The actors of one side of a record, each once, in order. */
  private List<ActorBook.Entry> side(
      Map<String, ExtensionValue> m,
      Set<String> used,
      int line,
      PendingEvent p,
      List<ImportProblem> found,
      String... names) {
    String field = names[0];
    for (String n : names) {
      if (m.containsKey(n)) {
        field = n;
        break;
      }
    }
    ExtensionValue value = Fields.take(m, used, names);
    Set<ActorBook.Entry> out = new LinkedHashSet<>();
    if (Trees.isEmpty(value)) {
      return List.of();
    }
    if (value instanceof ExtensionValue.ListValue list) {
      for (int i = 0; i < list.values().size(); i++) {
        ActorBook.Entry e =
            actors.mention(list.values().get(i), line, field + "[" + i + "]", found);
        if (e != null) {
          out.add(e);
        }
      }
    } else if (value instanceof ExtensionValue.MapValue) {
      ActorBook.Entry e = actors.mention(value, line, field, found);
      if (e != null) {
        out.add(e);
      }
    } else {
      found.add(
          ImportProblem.warning(
              line,
              "plover.actors.invalid",
              "the "
                  + field
                  + " "
                  + Trees.describe(value)
                  + " is not a list of actors: no actor is read from it; it"
                  + " is kept as the extension "
                  + PloverCodes.NS
                  + field));
      p.extensions.put(PloverCodes.NS + field, value);
    }
    return List.copyOf(out);
  }

  private void ids(
      @Nullable ExtensionValue id,
      @Nullable ExtensionValue eventId,
      int line,
      PendingEvent p,
      List<ImportProblem> found) {
    String text = Fields.scalar(id);
    if (text == null) {
      found.add(
          ImportProblem.warning(
              line, "plover.id.missing", "the record has no id: the event is given one"));
      if (id != null && !Trees.isEmpty(id)) {
        p.extensions.put(PloverCodes.NS + "id", id);
      }
    } else {
      p.recordId = text;
      int known = ids.get(text);
      int first = known == TextIntMap.ABSENT ? 0 : known / LINE_UNIT;
      if (first == 0) {
        ids.put(
            text,
            Math.min(line, LAST_LINE) * LINE_UNIT
                + (known == TextIntMap.ABSENT ? 0 : known & TAKEN));
      } else {
        found.add(
            ImportProblem.warning(
                line,
                "plover.id.duplicate",
                "the id "
                    + text
                    + " was given to the record on line "
                    + (first == LAST_LINE ? first + " or after" : String.valueOf(first))
                    + " already: this event is given"
                    + " another id, and keeps "
                    + text
                    + " as its external id plover:"
                    + text));
      }
    }
    p.wantedId = Fields.scalar(eventId);
  }

  private void citation(
      Map<String, ExtensionValue> m,
      Set<String> used,
      int line,
      PendingEvent p,
      List<ImportProblem> found) {
    ExtensionValue info = Fields.take(m, used, "cite_info", "citeInfo");
    Map<String, ExtensionValue> cite = new LinkedHashMap<>();
    if (info instanceof ExtensionValue.MapValue map) {
      cite.putAll(map.members());
    } else if (!Trees.isEmpty(info)) {
      found.add(Fields.invalid(line, "plover.citeInfo.invalid", "cite_info", info));
      p.extensions.put(PloverCodes.NS + "cite_info", info);
    }
    String publication = Fields.citeText(m, used, cite, "publication");
    String title = Fields.citeText(m, used, cite, "title");
    String urlText = Fields.citeText(m, used, cite, "url");
    String language = Fields.citeText(m, used, cite, "language");
    URI url = null;
    if (urlText != null) {
      url = Fields.webUrl(urlText);
      if (url == null) {
        found.add(
            ImportProblem.warning(
                line,
                "plover.url.invalid",
                "the url '"
                    + urlText
                    + "' is not an absolute http or https URL: kept as the extension plover:url"));
        p.extensions.put(PloverCodes.NS + "url", ExtensionValue.of(urlText));
      }
    }
    if (language != null && !Fields.isLanguageTag(language)) {
      found.add(
          ImportProblem.warning(
              line,
              "plover.language.invalid",
              "the language '"
                  + language
                  + "' is not a BCP 47 language tag such as en: kept as the extension"
                  + " plover:language"));
      p.extensions.put(PloverCodes.NS + "language", ExtensionValue.of(language));
      language = null;
    }
    if (!cite.isEmpty()) {
      p.extensions.put(PloverCodes.NS + "cite_info", new ExtensionValue.MapValue(cite));
    }
    if (publication != null || title != null || url != null) {
      PendingEvent.SourceKey key = new PendingEvent.SourceKey(publication, title, url, language);
      if (sources.get(sourceKey(key)) == TextIntMap.ABSENT) {
        newSource = key;
        newPublisher = publication == null ? null : actors.publisher(publication);
      }
      p.source = key;
    } else if (language != null) {
      p.extensions.put(PloverCodes.NS + "language", ExtensionValue.of(language));
    }
    ExtensionValue text = Fields.take(m, used, "text");
    if (!Trees.isEmpty(text)) {
      String t = Trees.text(text);
      if (t == null) {
        found.add(Fields.invalid(line, "plover.text.invalid", "text", text));
        p.extensions.put(PloverCodes.NS + "text", text);
      } else if (p.source != null) {
        p.quote = t;
      } else {
        p.extensions.put(PloverCodes.NS + "text", text);
      }
    }
  }
}

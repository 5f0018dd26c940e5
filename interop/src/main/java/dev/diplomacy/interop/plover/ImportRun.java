package dev.diplomacy.interop.plover;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.codes.PloverCategory;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.sources.Source;
import dev.diplomacy.core.validation.ValidationException;
import dev.diplomacy.interop.ImportProblem;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One import: the records read, the actors and sources they name, and the problems found. */
final class ImportRun implements RecordReader.Handler {

  private final List<ImportProblem> problems = new ArrayList<>();
  private final ActorBook actors = new ActorBook();
  private final Map<PendingEvent.SourceKey, ActorBook.@Nullable Entry> sources =
      new LinkedHashMap<>();
  private final List<PendingEvent> pending = new ArrayList<>();
  private final List<ExtensionValue> documentation = new ArrayList<>();
  private final Map<String, Integer> recordIds = new HashMap<>();
  private int recordsRead;
  private int rejected;

  @Override
  public void rejected(int index, int line, String code, String reason) {
    recordsRead++;
    reject(line, code, reason);
  }

  @Override
  public void problem(ImportProblem problem) {
    problems.add(problem);
  }

  private void reject(int line, String code, String reason) {
    problems.add(ImportProblem.rejection(line, code, reason));
    rejected++;
  }

  @Override
  public void record(int index, int line, ExtensionValue.MapValue record) {
    recordsRead++;
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
      documentation.add(record);
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
    problems.addAll(found);
    pending.add(p);
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
      Integer first = recordIds.putIfAbsent(text, line);
      if (first != null) {
        found.add(
            ImportProblem.warning(
                line,
                "plover.id.duplicate",
                "the id "
                    + text
                    + " was given to the record on line "
                    + first
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
      if (!sources.containsKey(key)) {
        sources.put(key, publication == null ? null : actors.publisher(publication));
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

  PloverImport finish() {
    Set<Id> taken = new HashSet<>();
    for (PendingEvent p : pending) {
      p.id = PloverEventMaker.eventId(p, taken);
    }
    actors.assignIds(taken);
    Map<PendingEvent.SourceKey, Id> sourceIds = new LinkedHashMap<>();
    int n = 1;
    for (PendingEvent.SourceKey key : sources.keySet()) {
      Id id = Id.of("plover-source-" + n++);
      while (!taken.add(id)) {
        id = Id.of("plover-source-" + n++);
      }
      sourceIds.put(key, id);
    }
    List<Source> sourceList = new ArrayList<>();
    sources.forEach(
        (key, publisher) ->
            sourceList.add(
                Source.builder()
                    .id(sourceIds.get(key))
                    .publisher(Optional.ofNullable(publisher).map(ActorBook.Entry::id))
                    .title(Optional.ofNullable(key.title()))
                    .url(Optional.ofNullable(key.url()))
                    .language(Optional.ofNullable(key.language()))
                    .build()));
    List<Event> events = new ArrayList<>();
    for (PendingEvent p : pending) {
      try {
        events.add(PloverEventMaker.event(p, sourceIds));
      } catch (ValidationException e) {
        reject(p.line, "plover.event.invalid", "the event cannot be built: " + e.getMessage());
      }
    }
    problems.sort(Comparator.comparingInt(ImportProblem::line));
    var dossier = Dossier.builder().actors(actors.actors()).events(events).sources(sourceList);
    if (!documentation.isEmpty()) {
      dossier.putExtension(
          PloverCodes.NS + "documents", new ExtensionValue.ListValue(documentation));
    }
    return new PloverImport(
        dossier.build(), problems, recordsRead, events.size(), documentation.size(), rejected);
  }
}

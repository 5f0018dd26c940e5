package dev.diplomacy.interop.plover;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.events.Role;
import dev.diplomacy.core.sources.Source;
import dev.diplomacy.core.time.When;
import dev.diplomacy.interop.ImportProblem;
import dev.diplomacy.interop.ImportStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads PLOVER event records into a {@link Dossier}: its actors, events and sources; or, of any
 * length, as a stream of them. Every record is imported as an event, skipped as documentation, or
 * rejected with the line where it starts and the reason ({@link PloverImport}); nothing is dropped
 * silently.
 *
 * <pre>{@code
 * PloverImport result = PloverImporter.read(Path.of("PLOVER_GSR_CAMEO.txt"));
 * result.dossier().events();   // one per imported record
 * result.rejections();         // line, code and reason of every record not imported
 *
 * try (ImportStream records = PloverImporter.stream(path, problem -> log.warn("{}", problem))) {
 *   records.forEachRemaining(element -> ...);   // actors and sources before their events
 * }
 * }</pre>
 *
 * <h2>Input</h2>
 *
 * UTF-8 text, either a JSON array of records (as the gold-standard file {@code
 * PLOVER_GSR_CAMEO.txt} of the Open Event Data Alliance), or JSON lines, one record a line (as the
 * PLOVER manual, draft 0.8, suggests); the first character that is not white space tells which.
 * Each record is a JSON object. A byte-order mark is skipped.
 *
 * <h2>Fields</h2>
 *
 * Both the field names of the PLOVER manual (draft 0.8, 2021) and the older ones of the
 * gold-standard records are read; where a record gives both, the first named below is read and the
 * other is kept as an extension. A list of one value ({@code "event": ["AGREE"]}) is read as that
 * value.
 *
 * <table>
 *   <caption>What each field becomes</caption>
 *   <tr><th>field</th><th>becomes</th></tr>
 *   <tr><td>{@code id}</td><td>the event's id when it is a valid id not taken yet; otherwise the
 *       event gets another, and keeps the record's id as the external id {@code plover:<id>}</td></tr>
 *   <tr><td>{@code event_id}</td><td>the id the {@link PloverExporter} wrote: the event's id,
 *       when valid and free</td></tr>
 *   <tr><td>{@code event}</td><td>the category: a text or a list of texts, any case; the
 *       category names of earlier drafts are read as the PLOVER 2021 table names their CAMEO root
 *       code: DEMAND as REQUEST (10), DISAPPROVE as ACCUSE (11), INVESTIGATE as ACCUSE (09),
 *       FIGHT as ASSAULT (19). {@code DOCUMENT} marks a documentation record</td></tr>
 *   <tr><td>{@code mode}, {@code context}</td><td>kept as the extensions {@code plover:mode} (as
 *       given) and {@code plover:context} (a list: a text such as {@code "diplomatic, military"}
 *       is split at its commas)</td></tr>
 *   <tr><td>{@code source}; {@code recipient}, or else {@code target}</td><td>the actors (see
 *       below): a list of actor objects, one actor object, {@code ""} or null</td></tr>
 *   <tr><td>{@code date}, {@code enddate}, {@code time}</td><td>the event's {@link When}: the date
 *       as ISO 8601 text of a year, month or day, the last date, and the time of day with its
 *       offset where given (a time needs a full date)</td></tr>
 *   <tr><td>{@code event_loc}, or else {@code eventLoc}</td><td>the place: {@code name}, the
 *       country by {@code country code} (alpha-2) or {@code cc3} (alpha-3), {@code latitude} and
 *       {@code longitude}, {@code geonameid}; other members as the place's extensions</td></tr>
 *   <tr><td>{@code publication}, {@code language}, and {@code title}, {@code url} of {@code
 *       cite_info} or {@code citeInfo} (or beside them)</td><td>a {@link Source}, one per
 *       publication, title, URL and language, published by an organisation named by the
 *       publication; the other members of {@code cite_info} as the event's extension {@code
 *       plover:cite_info}</td></tr>
 *   <tr><td>{@code text}</td><td>the quote of the event's citation of its source; the extension
 *       {@code plover:text} when there is no source</td></tr>
 *   <tr><td>{@code event_text}, or else {@code eventText}</td><td>the label of a coded event (a
 *       list joined with "; "); the extension {@code plover:event_text} of a typed event, or when
 *       given as a list</td></tr>
 *   <tr><td>{@code cameo}</td><td>the CAMEO code of the event, when it is a code of the
 *       codebook that the PLOVER 2021 table gives the record's category</td></tr>
 *   <tr><td>any other field ({@code dateCoded}, {@code coder}, {@code textInfo}, {@code dead}...)
 *       </td><td>the event's extension {@code plover:<field>}, as it was; the record's category is
 *       kept as {@code plover:event}</td></tr>
 * </table>
 *
 * <h2>Events</h2>
 *
 * PLOVER has no function back to CAMEO: many CAMEO codes share a category. A record becomes a
 * {@code CodedEvent} with the source actors as {@link Role#SOURCE_ACTOR}s and the recipients as
 * {@link Role#TARGET_ACTOR}s, and the CAMEO code that stands for its category: the root code that
 * the PLOVER 2021 table maps to it (AGREE 03, CONSULT 04, SUPPORT 05, COOPERATE 06, AID 07, REQUEST
 * 10, ACCUSE 11, or 09 with the mode {@code investigate}, REJECT 12, THREATEN 13, PROTEST 14,
 * MOBILIZE 15, SANCTION 16, COERCE 17, ASSAULT 18); CONCEDE and RETREAT, which split the root 08,
 * take the first code of the table in each with neither mode nor context, 080 and 084. A {@code
 * cameo} field of the right category gives the code instead. The category, mode and context stay in
 * the extensions, which the {@link PloverExporter} writes back.
 *
 * <p>A CONSULT record becomes a typed event where one fits, chosen by its {@code cameo} code or
 * else its mode: 041 or {@code phone}, a {@code Meeting} by phone of all its actors; 042 or {@code
 * visit}, a {@code Visit} of the source actors to the one recipient (or to the place, without a
 * recipient); 043 or {@code host} (a mode of the gold-standard records), a {@code Meeting} that the
 * one source actor hosts, the recipients its guests; 040, 044, {@code third-party}, {@code
 * multilateral} or no mode, a {@code Meeting} of all its actors ({@code multilateral} as its
 * format). Where the actors do not fit (one actor only, several hosts), and for 045 and 046, it
 * stays a coded event.
 *
 * <h2>Actors</h2>
 *
 * An actor object gives a text ({@code actor_text}, or {@code actorText}, or {@code raw_text}), a
 * code ({@code code} or {@code country_code}), a sector ({@code sector} or {@code sector_code}), an
 * identifier ({@code identifier_id} or {@code wikidata_id}: a Wikidata item becomes a {@code
 * wikidata} external id) and a canonical name ({@code identifier_text} or {@code entity_name}, an
 * other name). PLOVER says which group an actor belongs to, not whether it is a person; the
 * importer never guesses one:
 *
 * <ol>
 *   <li>the code is a country's ISO 3166 alpha-3 code, or one of the non-state codes of PLOVER
 *       (IGO, NGO, ISM, IMG, MNC); any other code ({@code JAP} for Japan, {@code ITL} for Italy) is
 *       reported and kept as the actor's extension {@code plover:code}, the actor without a
 *       country;
 *   <li>an actor with no sector whose text is its country's name, or with a country code and no
 *       text, or with no code (or an unknown one) and a country's name as text, is that country's
 *       {@code State}, one per country;
 *   <li>any other is an {@code Organization} named by its text (or, without one, by its code and
 *       sector), of its country, of the kind the code or sector names (IGO an international
 *       organisation, NGO an NGO, MNC a company; sectors GOV, MIL, LEG, PTY, JRN, BUS a government,
 *       military, legislature, political party, news medium, company; {@code OTHER} else), with the
 *       code (when not a country's) and sector as the extensions {@code plover:code} and {@code
 *       plover:sector}. Two objects with the same text (compared by {@link
 *       dev.diplomacy.core.actors.NameKey}), code and sector are one actor. Parts of names are not
 *       matched, as PLOVER texts are phrases: "Afghan" is not "Afghan guerillas".
 * </ol>
 *
 * An {@code actor_id} (written by the exporter) joins objects into one actor and becomes its id
 * where it can. Other ids are the slug of the name, with {@code -2}, {@code -3}... when taken;
 * other members of an actor object are the actor's extensions {@code plover:<member>}. Runs of
 * white space in names are made one space. An actor is made from the record that first mentions it
 * (all its objects in that record): what a later record adds, another name ("US" for the United
 * States), a Wikidata item, a member, an {@code actor_id}, is reported ({@code plover.actor.late})
 * and not added, since the actor has been handed out.
 *
 * <h2>Streaming and memory</h2>
 *
 * {@link #stream(Path, Consumer)} reads a file of any length one record at a time, as an {@link
 * ImportStream}: an array with Jackson's streaming parser, one element at a time, never the whole
 * array; JSON lines one line at a time. For each record imported it hands out, in this order, the
 * actors that the record mentions for the first time, the record's source when no earlier record
 * named it (its publisher among the actors before it), then the event. {@link #read(Reader)}
 * collects that stream. Ids are given as elements are handed out: a record's event first, then its
 * new actors and source, so that an actor never takes the id of its own record's event; but an
 * actor or source made from an earlier record keeps an id that a later record asks for, and that
 * record's event gets {@code -2} (its record id kept as the external id {@code plover:<id>}).
 * Across records the stream remembers:
 *
 * <ul>
 *   <li>the actors, their keys, names, Wikidata items and members: bounded by the distinct actors;
 *   <li>each source's publication, title, URL and language, kept as bytes: bounded by the distinct
 *       sources (one for the whole gold-standard file);
 *   <li>every record id read and every id given, kept as bytes in one table ({@code TextIntMap}), a
 *       record id and its event's id once: about 40 bytes a record besides the id's length (the
 *       gold-standard file repeated with new ids of 27 characters: 200,000 records take about 14
 *       MB, 1,000,000 about 66 MB, which streams in a heap of 128 MB);
 *   <li>one record: a line of JSON lines, at most {@link
 *       dev.diplomacy.json.format.JsonLimits#maxDocumentLength()} characters (64 Mi; a longer line
 *       is rejected without being held), or an element of the array, which is rejected, and ends
 *       the reading, when it goes beyond that length.
 * </ul>
 *
 * <p>A documentation record ({@code "event": "DOCUMENT"}, the first of the gold-standard file) is
 * no event, and a stream of elements has no place for it: it is reported as a warning ({@code
 * plover.record.documentation}) that holds the whole record as JSON, so that nothing is lost
 * whoever reads the stream, and {@link #read(Reader)} also keeps it, as before, in the dossier's
 * extension {@code plover:documents}. It is no row of data: the stream's {@link
 * ImportStream#counts() counts} leave it out (each record that is not documentation is counted as
 * imported or rejected); {@link PloverImport#documents()} counts it.
 *
 * <p>Problems are handed over as they are found, in the order of the input: a record's after the
 * record, a line with bytes that are not UTF-8 where the line stands.
 *
 * <h2>Problems</h2>
 *
 * <table>
 *   <caption>The problems an import reports, each at the line where its record starts; an error
 *   rejects the record, a warning does not</caption>
 *   <tr><th>code</th><th>severity</th><th>when</th></tr>
 *   <tr><td>{@code plover.input.empty}</td><td>error</td><td>the input holds no record: it is
 *       empty, white space or an empty array</td></tr>
 *   <tr><td>{@code plover.json.syntax}, {@code plover.json.limit}</td><td>error</td><td>a line
 *       is not JSON, or goes beyond the limits of the JSON module (a string longer than 1,000,000
 *       characters, a record longer than 64 Mi characters...); in an array, nothing after it can be
 *       read</td></tr>
 *   <tr><td>{@code plover.json.duplicateKey}</td><td>error</td><td>a member given twice</td></tr>
 *   <tr><td>{@code plover.json.format}</td><td>error</td><td>a value that JSON allows and the
 *       library refuses, as in its own format: text with a lone surrogate, a number whose exponent
 *       is beyond the range of a decimal</td></tr>
 *   <tr><td>{@code plover.json.trailing}</td><td>error</td><td>content after the array</td></tr>
 *   <tr><td>{@code plover.record.notObject}</td><td>error</td><td>a record that is not an
 *       object</td></tr>
 *   <tr><td>{@code plover.event.missing}, {@code plover.event.unknown}</td><td>error</td><td>no
 *       category, or none that PLOVER has (CRIME, dropped from PLOVER, included)</td></tr>
 *   <tr><td>{@code plover.actors.missing}</td><td>error</td><td>no actor at all</td></tr>
 *   <tr><td>{@code plover.event.invalid}</td><td>error</td><td>the event cannot be built (the
 *       rules above should prevent it)</td></tr>
 *   <tr><td>{@code plover.event.legacy}</td><td>warning</td><td>a category of an earlier draft,
 *       read as its PLOVER 2021 category</td></tr>
 *   <tr><td>{@code plover.event.several}</td><td>warning</td><td>several categories: the first
 *       that PLOVER 2021 has is the event's</td></tr>
 *   <tr><td>{@code plover.date.placeholder}</td><td>warning</td><td>the date 2000-01-01, the
 *       placeholder of the gold-standard records (which come from the CAMEO manual's undated
 *       examples); the date is kept, as the record gives it</td></tr>
 *   <tr><td>{@code plover.date.missing}, {@code plover.date.invalid}, {@code
 *       plover.enddate.invalid}, {@code plover.time.invalid}</td><td>warning</td><td>no date, or a
 *       date, last date or time that cannot be read: left out (kept as an extension)</td></tr>
 *   <tr><td>{@code plover.id.missing}, {@code plover.id.duplicate}</td><td>warning</td><td>no id,
 *       or the id of an earlier record: the event is given another</td></tr>
 *   <tr><td>{@code plover.source.missing}</td><td>warning</td><td>no source actor, only
 *       recipients</td></tr>
 *   <tr><td>{@code plover.actors.invalid}</td><td>warning</td><td>a source or recipient that is
 *       neither a list, an object, {@code ""} nor null ({@code "target": "diplomatic"}): kept as an
 *       extension</td></tr>
 *   <tr><td>{@code plover.actor.code.unknown}</td><td>warning</td><td>an actor code that is no
 *       ISO alpha-3 code nor a non-state code</td></tr>
 *   <tr><td>{@code plover.actor.empty}, {@code plover.actor.invalid}, {@code
 *       plover.actor.conflict}</td><td>warning</td><td>an actor object without text or code, or
 *       not an object, or a member that is not text: left out; a member given another value than
 *       before: the first is kept</td></tr>
 *   <tr><td>{@code plover.mode.invalid}, {@code plover.context.invalid}, {@code
 *       plover.eventText.invalid}, {@code plover.text.invalid}, {@code plover.citeInfo.invalid},
 *       {@code plover.place.invalid}</td><td>warning</td><td>a field that is not of its type:
 *       kept as an extension only</td></tr>
 *   <tr><td>{@code plover.place.empty}, {@code plover.place.country.unknown}, {@code
 *       plover.place.coordinates.invalid}, {@code plover.place.geonameid.invalid}</td>
 *       <td>warning</td><td>a location without anything the place can hold, or a part of it that
 *       cannot be read: kept as an extension</td></tr>
 *   <tr><td>{@code plover.language.invalid}, {@code plover.url.invalid}</td><td>warning</td>
 *       <td>not a BCP 47 tag; not an http(s) URL: kept as an extension</td></tr>
 *   <tr><td>{@code plover.cameo.mismatch}</td><td>warning</td><td>a {@code cameo} code that is
 *       not in the codebook or of another category: the category's code is taken</td></tr>
 *   <tr><td>{@code plover.field.name}</td><td>warning</td><td>a field whose name cannot be an
 *       extension name (a control character): left out</td></tr>
 *   <tr><td>{@code plover.encoding}</td><td>warning</td><td>a line with bytes that are not
 *       UTF-8, read as the replacement character U+FFFD (any U+FFFD in the text is taken for
 *       one)</td></tr>
 *   <tr><td>{@code plover.line.blank}</td><td>warning</td><td>a blank line in JSON lines</td></tr>
 *   <tr><td>{@code plover.record.documentation}</td><td>warning</td><td>a documentation record,
 *       given whole in the reason: not an event</td></tr>
 *   <tr><td>{@code plover.actor.late}</td><td>warning</td><td>another name, a Wikidata item, a
 *       member or an {@code actor_id} for an actor made from an earlier record: not
 *       added</td></tr>
 * </table>
 */
public final class PloverImporter {

  private PloverImporter() {}

  /**
   * Reads the PLOVER file at {@code file}, UTF-8, into memory: the {@linkplain #stream(Path,
   * Consumer) stream} of the file, collected.
   *
   * @throws IOException when the file cannot be read
   */
  public static PloverImport read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /**
   * Reads PLOVER records from {@code in}, UTF-8; bytes that are not UTF-8 are read as U+FFFD, and
   * their line reported ({@code plover.encoding}). The stream is not closed.
   *
   * @throws IOException when {@code in} cannot be read
   */
  public static PloverImport read(InputStream in) throws IOException {
    return read(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /**
   * Reads PLOVER records from {@code in} into memory: the {@linkplain #stream(Reader, Consumer)
   * stream} of {@code in}, collected, with the documentation records in the dossier's extension
   * {@code plover:documents}. The reader is not closed.
   *
   * @throws IOException when {@code in} cannot be read
   */
  public static PloverImport read(Reader in) throws IOException {
    List<ImportProblem> problems = new ArrayList<>();
    List<ExtensionValue> documents = new ArrayList<>();
    PloverStream records = new PloverStream(in, null, documents::add, problems::add);
    Dossier.Builder dossier = Dossier.builder();
    try {
      records.forEachRemaining(dossier::addElement);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    if (!documents.isEmpty()) {
      dossier.putExtension(PloverCodes.NS + "documents", new ExtensionValue.ListValue(documents));
    }
    return new PloverImport(dossier.build(), problems, records.counts(), documents.size());
  }

  /**
   * Opens the PLOVER file at {@code file}, UTF-8, as a stream of elements read one record at a
   * time; closing the stream closes the file.
   *
   * @param problems the handler of every problem, called as each is found
   * @throws IOException when the file cannot be opened
   */
  public static ImportStream stream(Path file, Consumer<? super ImportProblem> problems)
      throws IOException {
    return stream(Files.newInputStream(file), problems);
  }

  /**
   * Reads PLOVER records from {@code in}, UTF-8, as a stream of elements; bytes that are not UTF-8
   * are read as U+FFFD, and their line reported ({@code plover.encoding}). Closing the stream
   * closes {@code in}.
   *
   * @param problems the handler of every problem, called as each is found
   */
  public static ImportStream stream(InputStream in, Consumer<? super ImportProblem> problems) {
    return stream(new InputStreamReader(in, StandardCharsets.UTF_8), problems);
  }

  /**
   * Reads PLOVER records from {@code in} as a stream of elements, one record at a time, in memory
   * bounded as the class documentation says. Closing the stream closes {@code in}.
   *
   * @param problems the handler of every problem, called as each is found
   */
  public static ImportStream stream(Reader in, Consumer<? super ImportProblem> problems) {
    return new PloverStream(in, in, null, problems);
  }
}

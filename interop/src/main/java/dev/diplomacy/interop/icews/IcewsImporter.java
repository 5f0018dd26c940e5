package dev.diplomacy.interop.icews;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.sources.Source;
import dev.diplomacy.interop.ImportProblem;
import dev.diplomacy.interop.ImportStream;
import dev.diplomacy.interop.internal.ByteLines;
import dev.diplomacy.interop.internal.Lines;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads ICEWS event data, the tab-separated files of the Integrated Crisis Early Warning System
 * with a header row, into a {@link Dossier}: its actors, events and sources. Every data row is
 * imported as an event, merged into the event of its mirror, or rejected with its line number and
 * reason ({@link IcewsImport}); nothing is dropped silently.
 *
 * <pre>{@code
 * IcewsImport result = IcewsImporter.read(Path.of("events.2018.tab"));
 * result.dossier().events();   // one per imported row
 * result.rejections();         // line, code and reason of every row not imported
 * }</pre>
 *
 * <h2>Columns</h2>
 *
 * The columns are found by their header names, in any order: Event ID, Event Date, Source Name,
 * Source Sectors, Source Country, Event Text, CAMEO Code, Intensity, Target Name, Target Sectors,
 * Target Country, Story ID, Sentence Number, Publisher, City, District, Province, Country,
 * Latitude, Longitude. {@code NA} and empty fields are absent values. The text is UTF-8; bytes that
 * are not read as U+FFFD, and the row is reported.
 *
 * <table>
 *   <caption>What each column becomes</caption>
 *   <tr><th>column</th><th>becomes</th></tr>
 *   <tr><td>Event ID</td><td>the event's id {@code icews-<id>} and its external id {@code
 *       icews:<id>}</td></tr>
 *   <tr><td>Event Date</td><td>the event's date, a full date</td></tr>
 *   <tr><td>Source / Target Name, Sectors, Country</td><td>an actor (see below); the sectors,
 *       which ICEWS joins with commas, as the actor's extension {@code icews:sectors}, a list; the
 *       country by its English name ({@link dev.diplomacy.core.geography.Country#findByName}),
 *       a name that is no known country reported as a warning and left out</td></tr>
 *   <tr><td>CAMEO Code, Event Text, Intensity</td><td>the kind of event (see below); a typed
 *       event keeps the code and intensity as extensions {@code icews:cameoCode} and {@code
 *       icews:intensity}, a coded event as its own attributes, with the text as its
 *       label</td></tr>
 *   <tr><td>Story ID, Sentence Number, Publisher</td><td>one {@link Source} per story, id {@code
 *       icews-story-<id>}, published by the publisher (an actor, a news organisation unless
 *       named otherwise), cited by the event with the locator {@code sentence <n>}. A story
 *       that no row gives a publisher has no source: the event keeps the story id and sentence
 *       as extensions {@code icews:storyId} and {@code icews:sentence}</td></tr>
 *   <tr><td>City, District, Province, Country, Latitude, Longitude</td><td>the place: the city
 *       as locality, the country, the coordinates; when a district or province is given, or a
 *       country name that is not known, all the parts joined as the place's name</td></tr>
 * </table>
 *
 * <h2>Actors</h2>
 *
 * One actor per name across all rows, whatever its spelling: "Kim Jong-Un", "Kim Jong-un" and "Kim
 * Jong Un" are one ({@link dev.diplomacy.core.actors.NameKey}), and a person is also found under a
 * longer or shorter form of a known name ("Raul Castro Ruz" is "Raúl Castro", by {@link
 * dev.diplomacy.core.actors.ActorDirectory}) unless the two rows give different countries. ICEWS
 * does not say what kind of actor a name is; the first row that names it decides, by these rules in
 * order:
 *
 * <ol>
 *   <li>"Unspecified Actor" and "Unidentified State Actor" are not actors: the event is read
 *       without that side, and keeps the name as the extension {@code icews:unidentifiedSource} or
 *       {@code icews:unidentifiedTarget};
 *   <li>a name that is a country's ({@code findByName}) and has no sectors is a {@code State} of
 *       that country, one per country ("Russia"; "Palestinian Territory, Occupied" is Palestine);
 *   <li>a name of the form "Citizen (India)", "Police (Philippines)" is one of ICEWS's generic
 *       actors: an {@code Organization};
 *   <li>a name that reads as a person's is a {@code Person}: two to seven capitalised words or
 *       particles ("bin", "de", "al-Assad"), no digits or symbols, no acronym, no word of an
 *       organisation ("Party", "Council", "Agency", "Army", "Sabha", "Rada"...) or of a region
 *       ("Asia", "Caribbean"), no "of", "and" or "the" except a monarch's ("Abdullah II of
 *       Jordan"), and not a country's name;
 *   <li>anything else is an {@code Organization}, a single word included ("Google", "Taliban"), of
 *       the kind its sectors say: a social group (population, protesters, criminals, insurgents,
 *       rebels, dissidents) is {@code OTHER}; then news media, NGO, international organisation,
 *       political party, military, legislature, ministry, government, company, in that order, then
 *       news media for the plain sector "Media" (the BBC); {@code OTHER} when none fits. A name
 *       with "Embassy" or "Ministry" refines a government or other organisation.
 * </ol>
 *
 * The rules guess: a single-word person's name ("Jayalalithaa") is read as an organisation's. The
 * ICEWS sectors are kept on every actor, and its spelling as an external id {@code icews:<name>},
 * so that a user can correct a guess. A state is named by its country's English short name, with
 * the ICEWS spelling as another name. An actor is made from the row that first names it (its
 * spellings in that row, its sectors, its country): what a later row adds, another spelling, more
 * sectors, a country where the first row gave none, is reported ({@code icews.actor.late}) and not
 * added, since the actor has been handed out. A row that gives another country than the actor's is
 * reported as a conflict. Ids are given as actors are first named: the slug of the name ({@link
 * Id#slug}), with {@code -2}, {@code -3}... when an earlier actor has it; a slug that starts with
 * {@code icews-}, as the ids of events and sources do, gets {@code actor-} before it.
 *
 * <h2>Events</h2>
 *
 * <table>
 *   <caption>CAMEO code to kind of event; any other code, or a row that lacks an actor the kind
 *   needs, is a {@code CodedEvent} with the source and target actors</caption>
 *   <tr><th>CAMEO</th><th>event</th></tr>
 *   <tr><td>040 Consult, 044 Meet at a 'third' location</td><td>{@code Meeting} of the two
 *       actors</td></tr>
 *   <tr><td>041 Discuss by telephone</td><td>{@code Meeting}, format {@code PHONE}</td></tr>
 *   <tr><td>042 Make a visit</td><td>{@code Visit}: the source visits, the target
 *       hosts</td></tr>
 *   <tr><td>043 Host a visit</td><td>{@code Meeting}: the source as {@code HOST}, the target as
 *       {@code GUEST}</td></tr>
 *   <tr><td>018 Make empathetic comment</td><td>{@code Message} of {@code CONDOLENCES} from the
 *       source to the target</td></tr>
 *   <tr><td>057 Sign formal agreement</td><td>{@code Agreement} of the two</td></tr>
 *   <tr><td>032, 0331, 0332, 0333 Express intent to provide diplomatic, economic, military,
 *       humanitarian support</td><td>{@code SupportPledge} of that kind, source to
 *       target</td></tr>
 *   <tr><td>010 Make statement, 016 Deny responsibility, 051 Praise or endorse, 111 Criticize or
 *       denounce, 112 Accuse</td><td>{@code Statement} of the source about the target: no kind,
 *       {@code DENIAL}, {@code PRAISE}, {@code CRITICISM}, {@code ACCUSATION}</td></tr>
 * </table>
 *
 * Each typed event codes back to its row's CAMEO code ({@link
 * dev.diplomacy.core.codes.EventCoding}), but for 044: whether a meeting was at a third location is
 * judged from the countries of place and participants, which may not match the ICEWS coder's
 * judgement; the extension {@code icews:cameoCode} keeps the row's code. 046 (negotiate) stays a
 * coded event, as a meeting cannot say that talks were negotiations.
 *
 * <p>ICEWS lists a symmetric event twice, A to B and B to A. Two rows of code 040, 041, 044 or 057
 * with the same date, code, intensity, story and sentence, and each other's actors, make one event,
 * which keeps both external ids; the second row counts as {@linkplain IcewsImport#merged() merged}.
 * The mirrored rows of other codes (036, 046, 030...) stay two coded events, as ICEWS counts them.
 *
 * <h2>Streaming and memory</h2>
 *
 * {@link #stream(Path, Consumer)} reads a file of any length one row at a time, as an {@link
 * ImportStream}: each actor and source is handed out once, when a row first names it and before the
 * event that refers to it; each event when its row is done; {@link #read(Reader)} collects that
 * stream. Across rows the stream remembers:
 *
 * <ul>
 *   <li>the actors, their spellings and sectors, and the index of names of persons: bounded by the
 *       distinct actors;
 *   <li>every Event ID read, to find duplicates, and every story with a source, with its publisher:
 *       ids written as numbers (ICEWS's are) as primitive {@code long}s, about 13 to 26 bytes each
 *       (1,000,000 rows with 500,000 stories take about 40 MB), other ids as strings;
 *   <li>the rows of the story being read, at most 1,000.
 * </ul>
 *
 * ICEWS files keep the rows of a story together (the shared day's 1,148 stories each stand in one
 * run of rows, of at most 24; mirrored rows are at most 11 rows apart). So the stream holds the
 * rows of a story until a row of another story is read, 1,000 rows are held, or the input ends;
 * then it pairs the mirrors among them and makes their events, in the order of the rows. A mirror
 * beyond that, in a story that comes back after another or runs over 1,000 rows, is an event of its
 * own: two events, both rows counted as imported. A story's source is made from the first row of
 * the story that names a publisher; the held rows of the story before it cite it too, but rows
 * handed out before it (when the story comes back later) keep the story id as an extension, with
 * the warning {@code icews.publisher.missing}. Problems are handed over with their row, when its
 * story's rows are done: in the order of the input.
 *
 * <h2>Problems</h2>
 *
 * <table>
 *   <caption>The problems an import reports, each with its line; an error rejects the row, a
 *   warning does not</caption>
 *   <tr><th>code</th><th>severity</th><th>when</th></tr>
 *   <tr><td>{@code icews.header.missing}</td><td>error</td><td>the input is empty</td></tr>
 *   <tr><td>{@code icews.header.columns}</td><td>error</td><td>the header lacks a column: every
 *       row is rejected, and this one problem, at line 1, says so for all</td></tr>
 *   <tr><td>{@code icews.row.columns}</td><td>error</td><td>not as many columns as the
 *       header</td></tr>
 *   <tr><td>{@code icews.eventId.invalid}</td><td>error</td><td>no Event ID, or not letters,
 *       digits, '.', '_', '-'</td></tr>
 *   <tr><td>{@code icews.eventId.duplicate}</td><td>error</td><td>an Event ID read on an earlier
 *       line</td></tr>
 *   <tr><td>{@code icews.date.invalid}</td><td>error</td><td>no date, or not year-month-day</td></tr>
 *   <tr><td>{@code icews.cameoCode.unknown}</td><td>error</td><td>not a code of the CAMEO
 *       codebook ({@code 42} for {@code 042} included)</td></tr>
 *   <tr><td>{@code icews.intensity.invalid}</td><td>error</td><td>not a number from −10 to
 *       10</td></tr>
 *   <tr><td>{@code icews.storyId.invalid}, {@code icews.sentence.invalid}</td><td>error</td>
 *       <td>not an id; not a whole number</td></tr>
 *   <tr><td>{@code icews.coordinates.invalid}</td><td>error</td><td>latitude or longitude not a
 *       number, or out of range</td></tr>
 *   <tr><td>{@code icews.place.invalid}</td><td>error</td><td>a place name of only format or
 *       space characters (U+FEFF, U+00A0...), which no place may have</td></tr>
 *   <tr><td>{@code icews.name.invalid}</td><td>error</td><td>an actor's or publisher's name with a
 *       line break or another control character (NUL, SOH...)</td></tr>
 *   <tr><td>{@code icews.actors.missing}</td><td>error</td><td>neither side names an
 *       actor</td></tr>
 *   <tr><td>{@code icews.event.invalid}</td><td>error</td><td>the event cannot be built (the rules
 *       above should prevent it)</td></tr>
 *   <tr><td>{@code icews.country.unknown}</td><td>warning</td><td>a country name that is no known
 *       country: left out</td></tr>
 *   <tr><td>{@code icews.coordinates.partial}</td><td>warning</td><td>only one of latitude and
 *       longitude: left out</td></tr>
 *   <tr><td>{@code icews.actor.countryConflict}</td><td>warning</td><td>another country than an
 *       earlier row's for the same actor: the first is kept</td></tr>
 *   <tr><td>{@code icews.actor.late}</td><td>warning</td><td>another spelling, more sectors or a
 *       country for an actor made from an earlier row: not added</td></tr>
 *   <tr><td>{@code icews.story.publisherConflict}</td><td>warning</td><td>another publisher than
 *       an earlier row's for the same story: the first is kept</td></tr>
 *   <tr><td>{@code icews.story.missing}, {@code icews.publisher.missing}</td><td>warning</td>
 *       <td>no story id, or no row of the story up to this row's names its publisher: the event
 *       cites no source</td></tr>
 *   <tr><td>{@code icews.encoding}</td><td>warning</td><td>bytes that are not UTF-8, read as
 *       U+FFFD</td></tr>
 *   <tr><td>{@code icews.line.blank}</td><td>warning</td><td>a blank line, which is not a
 *       row</td></tr>
 * </table>
 */
public final class IcewsImporter {

  private IcewsImporter() {}

  /**
   * Reads the ICEWS file at {@code file}, UTF-8, into memory: the {@linkplain #stream(Path,
   * Consumer) stream} of the file, collected.
   *
   * @throws IOException when the file cannot be read
   */
  public static IcewsImport read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return collect(new ByteLines(in));
    }
  }

  /**
   * Reads ICEWS event data from {@code in} into memory: a header row, then one event a line. The
   * {@linkplain #stream(Reader, Consumer) stream} of {@code in}, collected: the same actors,
   * sources and events, in the order the stream hands them out, the same problems and counts. The
   * reader is not closed.
   *
   * @throws IOException when {@code in} cannot be read
   */
  public static IcewsImport read(Reader in) throws IOException {
    return collect(new ReaderLines(buffered(in)));
  }

  /** The stream of {@code in}, collected. */
  static IcewsImport collect(Lines in) throws IOException {
    List<ImportProblem> problems = new ArrayList<>();
    IcewsStream rows = new IcewsStream(in, null, problems::add);
    Dossier dossier;
    try {
      dossier = rows.toDossier();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return new IcewsImport(dossier, problems, rows.counts());
  }

  /**
   * Opens the ICEWS file at {@code file}, UTF-8, as a stream of elements read one row at a time;
   * closing the stream closes the file.
   *
   * @param problems the handler of every problem, called as each is found
   * @throws IOException when the file cannot be opened
   */
  public static ImportStream stream(Path file, Consumer<? super ImportProblem> problems)
      throws IOException {
    return stream(Files.newInputStream(file), problems);
  }

  /**
   * Reads ICEWS event data from {@code in}, UTF-8, as a stream of elements; bytes that are not
   * UTF-8 are read as U+FFFD, and their row reported ({@code icews.encoding}). Closing the stream
   * closes {@code in}.
   *
   * @param problems the handler of every problem, called as each is found
   */
  public static ImportStream stream(InputStream in, Consumer<? super ImportProblem> problems) {
    return new IcewsStream(new ByteLines(in), in, problems);
  }

  /**
   * Reads ICEWS event data from {@code in} as a stream of elements, one row at a time, in memory
   * bounded as the class documentation says. Closing the stream closes {@code in}.
   *
   * @param problems the handler of every problem, called as each is found
   */
  public static ImportStream stream(Reader in, Consumer<? super ImportProblem> problems) {
    return new IcewsStream(new ReaderLines(buffered(in)), in, problems);
  }

  private static BufferedReader buffered(Reader in) {
    return in instanceof BufferedReader b ? b : new BufferedReader(in, 1 << 16);
  }
}

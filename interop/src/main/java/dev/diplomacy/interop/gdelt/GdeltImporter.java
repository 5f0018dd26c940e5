package dev.diplomacy.interop.gdelt;

import dev.diplomacy.interop.ImportProblem;
import dev.diplomacy.interop.ImportStream;
import dev.diplomacy.interop.internal.ByteLines;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Reads GDELT 2.0 event data: the export files the GDELT Project publishes every 15 minutes ({@code
 * 20191024143000.export.CSV}, and zipped, {@code *.export.CSV.zip}), 61 tab-separated columns in
 * the order of the GDELT 2.0 Event Codebook, no header row, UTF-8. A zip file is read as a stream
 * through its one entry, never unpacked to disk. Every row is one event (GDELT has already
 * de-duplicated its events): it is imported, or rejected with its line and reason; nothing is
 * dropped silently.
 *
 * <pre>{@code
 * try (ImportStream rows = GdeltImporter.stream(path, problem -> log.warn("{}", problem))) {
 *   rows.forEachRemaining(element -> ...);   // actors and sources when first seen, then events
 * }
 * GdeltImport all = GdeltImporter.read(path);  // the same, collected into a dossier
 * }</pre>
 *
 * <h2>Columns</h2>
 *
 * <table>
 *   <caption>What each column becomes</caption>
 *   <tr><th>column</th><th>becomes</th></tr>
 *   <tr><td>GLOBALEVENTID</td><td>the event's id {@code gdelt-<id>} and its external id {@code
 *       gdelt:<id>}</td></tr>
 *   <tr><td>SQLDATE</td><td>the event's day, as GDELT coded it (often days or a year before the
 *       row was added)</td></tr>
 *   <tr><td>Actor1, Actor2 (Code, Name, ...)</td><td>the source and target actors (see below),
 *       and the coding's sources and targets</td></tr>
 *   <tr><td>EventCode</td><td>the kind of event, by {@link
 *       dev.diplomacy.interop.CameoEventKinds} (040 a meeting, 042 a visit, ...), else a {@code
 *       CodedEvent} of that code, with the GoldsteinScale as its intensity</td></tr>
 *   <tr><td>GLOBALEVENTID, EventCode, GoldsteinScale, QuadClass, Actor1, Actor2</td><td>the
 *       event's one {@link dev.diplomacy.core.codes.DatasetCoding}, dataset {@code gdelt}: the id
 *       as its record, the code, the Goldstein figure exactly as written ({@code -7.0} stays
 *       {@code -7.0}), the quad class, Actor1 as source and Actor2 as target: the dataset's own
 *       figures, checked against the codebook (see Problems)</td></tr>
 *   <tr><td>NumMentions, NumSources, NumArticles, AvgTone, IsRootEvent, DATEADDED</td><td>no
 *       typed home: the coding's extensions {@code gdelt:numMentions}, {@code gdelt:numSources},
 *       {@code gdelt:numArticles}, {@code gdelt:avgTone} (exact), {@code gdelt:isRootEvent}, {@code
 *       gdelt:dateAdded} (an ISO instant, UTC)</td></tr>
 *   <tr><td>Actor1Name, Actor2Name</td><td>the name the row's text gave each actor, which varies
 *       from row to row for the same code: the coding's {@code gdelt:actor1Name}, {@code
 *       gdelt:actor2Name}</td></tr>
 *   <tr><td>ActionGeo_*</td><td>the event's place: the full name as name, the first part of a
 *       city's full name as locality, the ISO country, ADM1Code and ADM2Code as the codes of its
 *       {@code admin1} and {@code admin2} divisions, the coordinates; no typed home for the
 *       geography's type, FIPS country code and feature id: the place's {@code gdelt:geoType},
 *       {@code gdelt:countryCode}, {@code gdelt:featureId}</td></tr>
 *   <tr><td>Actor1Geo_*, Actor2Geo_*</td><td>where the row's text placed each actor, which is no
 *       property of the actor: the coding's {@code gdelt:actor1Geo} and {@code gdelt:actor2Geo},
 *       each the place the geography makes, as the object the dossier format writes for a {@code
 *       Place} ({@code name}, {@code country}, {@code admin1: {"code": ...}}, {@code admin2},
 *       {@code locality}, {@code coordinates}, and its {@code gdelt:} members), so that it reads
 *       back as one</td></tr>
 *   <tr><td>SOURCEURL</td><td>a {@code Source} with that URL, id {@code gdelt-source-<n>}, cited
 *       by the event; a SOURCEURL that is no web address, the event's {@code
 *       gdelt:sourceUrl}</td></tr>
 *   <tr><td>MonthYear, Year, FractionDate, Actor*CountryCode, *KnownGroupCode, *EthnicCode,
 *       *Religion*Code, *Type*Code, EventBaseCode, EventRootCode</td><td>nothing: each repeats
 *       SQLDATE, the actor code or the EventCode (the base and root codes are checked against
 *       it)</td></tr>
 * </table>
 *
 * <p><b>Countries of places.</b> GDELT writes the countries of its geographies as FIPS 10-4 codes,
 * not ISO 3166: {@code UK} is the United Kingdom, {@code RP} the Philippines, {@code RS} Russia,
 * {@code CH} China, {@code IS} Israel, {@code GM} Germany, {@code UV} Burkina Faso. They are mapped
 * to ISO countries by a table taken from GeoNames' country information; {@code OS} (oceans) and a
 * few areas without an ISO code have no country.
 *
 * <h2>Actors</h2>
 *
 * An actor code is CAMEO's: parts of three letters, such as {@code USA}, {@code SAUGOV} (Saudi
 * Arabia's government), {@code GOV} (a government, country unknown), {@code IGOUNODEVWBK} (the
 * World Bank), {@code kur} (Kurds). Each part is read by the CAMEO actor tables: a country (ISO
 * alpha-3, or CAMEO's own such as {@code ROM}) or region ({@code AFR}), a type ({@code GOV}, {@code
 * MIL}, {@code BUS}...), a known group ({@code EEC}, {@code TAL}), a religion, an ethnic group. One
 * code is one actor, made and emitted when a row first names it, with the external id {@code
 * cameo:<code>}:
 *
 * <ul>
 *   <li>a country alone is a {@code State}, one per country, id {@code cameo-<alpha-3>};
 *   <li>anything else is an {@code Organization}, id {@code cameo-<code>}, of the country its code
 *       names: of the kind its first telling type says (GOV, COP, JUD, SPY a government; MIL the
 *       military; LEG a legislature; MED news media; IGO, UNO, PKO an international organisation;
 *       NGO, AMN, IRC, GRP an NGO; BUS, MNC a company; PTY a party), else {@code OTHER} (a region,
 *       a group of people, civilians). It is named by its known group, else by the labels of its
 *       parts, with its country or region in brackets: "Government (Saudi Arabia)", "World Bank",
 *       "Kurd";
 *   <li>a code with a part no table knows is an organisation named as the first row names it, and
 *       reported once.
 * </ul>
 *
 * <h2>Memory</h2>
 *
 * A stream remembers its actors (one entry per distinct code), the 65,536 source URLs cited most
 * recently, and up to 4,096 each of the geographies, days and Goldstein figures it has read (a
 * 15-minute file has a few hundred places, a few dozen days), cleared when full; a geography read
 * again is the same immutable place. A 15-minute file cites one or two thousand, so within a file
 * each URL is one source, emitted once; in a long stream of many files, a URL cited again after
 * 65,536 others is emitted again as a new source with a new id. Event ids are GDELT's, which never
 * repeat.
 *
 * <h2>Problems</h2>
 *
 * <table>
 *   <caption>The problems an import reports, each with its line; an error rejects the row, a
 *   warning does not</caption>
 *   <tr><th>code</th><th>severity</th><th>when</th></tr>
 *   <tr><td>{@code gdelt.row.columns}</td><td>error</td><td>not 61 columns</td></tr>
 *   <tr><td>{@code gdelt.eventId.invalid}</td><td>error</td><td>no GLOBALEVENTID, or not a whole
 *       number</td></tr>
 *   <tr><td>{@code gdelt.eventId.duplicate}</td><td>error</td><td>the GLOBALEVENTID of an event
 *       imported among the last 65,536</td></tr>
 *   <tr><td>{@code gdelt.date.invalid}, {@code gdelt.dateAdded.invalid}</td><td>error</td><td>a
 *       SQLDATE that is no YYYYMMDD date; a DATEADDED that is no YYYYMMDDhhmmss time</td></tr>
 *   <tr><td>{@code gdelt.actorCode.malformed}</td><td>error</td><td>an actor code that is not
 *       parts of three letters</td></tr>
 *   <tr><td>{@code gdelt.actors.missing}</td><td>error</td><td>neither actor code is
 *       given</td></tr>
 *   <tr><td>{@code gdelt.eventCode.unknown}</td><td>error</td><td>no code of the CAMEO
 *       codebook</td></tr>
 *   <tr><td>{@code gdelt.quadClass.invalid}, {@code gdelt.goldstein.invalid}, {@code
 *       gdelt.tone.invalid}, {@code gdelt.count.invalid}, {@code
 *       gdelt.isRootEvent.invalid}</td><td>error</td><td>a QuadClass not 1 to 4, a GoldsteinScale
 *       not from −10 to 10, an AvgTone not from −100 to 100, a count not a whole number, an
 *       IsRootEvent not 0 or 1</td></tr>
 *   <tr><td>{@code gdelt.geoType.invalid}, {@code gdelt.coordinates.invalid}, {@code
 *       gdelt.adm.invalid}</td><td>error</td><td>a geography's type not 0 to 5; a latitude or
 *       longitude not a number, out of range, or alone; an ADM1 or ADM2 code that is not 1 to 64
 *       ASCII letters, digits, {@code -}, {@code .} and {@code _}</td></tr>
 *   <tr><td>{@code gdelt.event.invalid}</td><td>error</td><td>the event cannot be built</td></tr>
 *   <tr><td>{@code gdelt.actorCode.unknown}</td><td>warning</td><td>an actor code with a part no
 *       CAMEO table knows, once per code: imported as an organisation</td></tr>
 *   <tr><td>{@code gdelt.fips.unknown}</td><td>warning</td><td>a geography's country code that is
 *       no FIPS 10-4 code: the place is kept without its country</td></tr>
 *   <tr><td>{@code gdelt.quadClass.disagrees}</td><td>warning</td><td>the QuadClass is not the
 *       one GDELT's own rule gives the EventCode's root: 01 to 05 verbal cooperation (1), 06 to
 *       09 material cooperation (2), 10 to 14 verbal conflict (3), 15 to 20 material conflict (4);
 *       every row of GDELT's export follows it. It is not the core's {@link
 *       dev.diplomacy.core.codes.CameoCode#quadClass()}, which puts 09 in verbal conflict and 14
 *       in material conflict, as ICEWS does: a GDELT row of root 09 or 14 is no disagreement. The
 *       dataset's figure is kept in the coding</td></tr>
 *   <tr><td>{@code gdelt.goldstein.disagrees}</td><td>warning</td><td>the GoldsteinScale is not
 *       the codebook's score of the EventCode (GDELT's 016 is −2.0, the codebook's −5; its 022 is
 *       3.2, the codebook's 3.4): the dataset's is kept in the coding</td></tr>
 *   <tr><td>{@code gdelt.eventCode.inconsistent}</td><td>warning</td><td>EventBaseCode or
 *       EventRootCode not those of the EventCode, which is kept</td></tr>
 *   <tr><td>{@code gdelt.sourceUrl.missing}, {@code gdelt.sourceUrl.invalid}</td><td>warning</td>
 *       <td>no SOURCEURL; one that is not a web address, kept as the event's {@code
 *       gdelt:sourceUrl}: the event cites no source</td></tr>
 *   <tr><td>{@code gdelt.encoding}, {@code gdelt.line.blank}</td><td>warning</td><td>bytes that
 *       are not UTF-8; a blank line, which is not a row</td></tr>
 * </table>
 *
 * A file that cannot be read (a zip file truncated or corrupt, with no entry or with more than one)
 * is an {@link IOException} naming the file; the rows before it were read.
 */
public final class GdeltImporter {

  private GdeltImporter() {}

  /**
   * Reads the GDELT file at {@code file}, a {@code .export.CSV} or a zip file of one, into memory.
   *
   * @throws IOException when the file cannot be read
   */
  public static GdeltImport read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  /**
   * Reads GDELT event data from {@code in}, plain or zipped, into memory; {@code name} names the
   * input in messages. The stream is not closed.
   *
   * @throws IOException when {@code in} cannot be read
   */
  public static GdeltImport read(InputStream in, String name) throws IOException {
    List<ImportProblem> problems = new ArrayList<>();
    ImportStream rows = open(in, name, problems::add);
    try {
      return new GdeltImport(rows.toDossier(), problems, rows.counts());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * The rows of the GDELT file at {@code file}, plain or zipped, as a stream of elements, each
   * problem handed to {@code problems} as it is found. Close the stream to close the file.
   *
   * @throws IOException when the file cannot be opened, or is a zip file without an entry
   */
  public static ImportStream stream(Path file, Consumer<? super ImportProblem> problems)
      throws IOException {
    InputStream in = Files.newInputStream(file);
    try {
      return open(in, file.toString(), problems);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /**
   * The rows of {@code in}, plain or zipped (told by its first bytes), as a stream of elements;
   * {@code name} names the input in messages. Closing the stream closes {@code in}.
   *
   * @throws IOException when {@code in} cannot be read, or is a zip file without an entry
   */
  public static ImportStream stream(
      InputStream in, String name, Consumer<? super ImportProblem> problems) throws IOException {
    return open(in, name, problems);
  }

  private static ImportStream open(
      InputStream raw, String name, Consumer<? super ImportProblem> problems) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
    in.mark(4);
    byte[] magic = in.readNBytes(4);
    in.reset();
    boolean zip = magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3;
    if (!zip && magic.length >= 2 && magic[0] == 'P' && magic[1] == 'K') {
      throw new IOException(name + " is a zip file without an entry, or not a zip file whole");
    }
    if (!zip) {
      return new GdeltStream(GdeltStream.lines(new ByteLines(in)), name, problems);
    }
    ZipInputStream z = new ZipInputStream(in);
    ZipEntry entry = nextEntry(z, name);
    if (entry == null) {
      throw new IOException("the zip file " + name + " has no entry: expected one .export.CSV");
    }
    ByteLines lines = new ByteLines(z);
    String first = entry.getName();
    return new GdeltStream(
        new GdeltStream.Input() {
          @Override
          public String readLine() throws IOException {
            return lines.readLine();
          }

          @Override
          public void finish() throws IOException {
            ZipEntry next = nextEntry(z, name);
            if (next != null) {
              throw new IOException(
                  "the zip file "
                      + name
                      + " has more than one entry ("
                      + first
                      + ", "
                      + next.getName()
                      + "): expected one .export.CSV");
            }
          }

          @Override
          public void close() throws IOException {
            z.close();
          }
        },
        name,
        problems);
  }

  /**
   * The next entry of {@code z}, or null; an entry that cannot be read, or whose name is not UTF-8,
   * is an {@link IOException} naming the file.
   */
  private static @Nullable ZipEntry nextEntry(ZipInputStream z, String name) throws IOException {
    try {
      return z.getNextEntry();
    } catch (IOException | IllegalArgumentException e) {
      throw new IOException("cannot read the zip file " + name + ": " + e.getMessage(), e);
    }
  }
}

package dev.diplomacy.interop.gdelt;

import dev.diplomacy.core.codes.CameoCode;
import dev.diplomacy.core.codes.QuadClass;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.time.PartialDate;
import dev.diplomacy.core.time.When;
import dev.diplomacy.core.validation.ValidationException;
import dev.diplomacy.interop.ImportProblem;
import dev.diplomacy.interop.internal.SpanCache;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Reads the rows of a GDELT 2.0 export file: 61 tab-separated columns, no header. */
final class GdeltRowReader {

  /** The number of columns of a GDELT 2.0 event row. */
  static final int COLUMNS = 61;

  private static final int EVENT_ID = 0;
  private static final int SQLDATE = 1;
  private static final int ACTOR1 = 5;
  private static final int ACTOR2 = 15;
  private static final int IS_ROOT = 25;
  private static final int EVENT_CODE = 26;
  private static final int BASE_CODE = 27;
  private static final int ROOT_CODE = 28;
  private static final int QUAD_CLASS = 29;
  private static final int GOLDSTEIN = 30;
  private static final int NUM_MENTIONS = 31;
  private static final int NUM_SOURCES = 32;
  private static final int NUM_ARTICLES = 33;
  private static final int AVG_TONE = 34;
  private static final int ACTOR1_GEO = 35;
  private static final int ACTOR2_GEO = 43;
  private static final int ACTION_GEO = 51;
  private static final int DATE_ADDED = 59;
  private static final int SOURCE_URL = 60;

  private static final BigDecimal TEN = BigDecimal.TEN;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal NINETY = BigDecimal.valueOf(90);
  private static final BigDecimal HUNDRED_EIGHTY = BigDecimal.valueOf(180);

  /**
   * How many days (by their SQLDATE) and Goldstein figures are remembered before the memory is
   * cleared; geographies, see {@link SpanCache}.
   */
  static final int CACHE = 4096;

  /** The row's text, and where each of its fields starts (and, one past its tab, ends). */
  private String text = "";

  private final int[] starts = new int[COLUMNS + 1];

  /**
   * The row's ISO 8859-1 bytes, and whether each is its character's own code: false when a
   * character is outside ISO 8859-1, which the bytes give as '?'.
   */
  private byte[] bytes = new byte[0];

  private boolean latin1;
  private final SpanCache<GdeltRow.Geo> geos = new SpanCache<>();
  private final Map<String, When> days = new HashMap<>();
  private final Map<String, Figure> figures = new HashMap<>();

  /**
   * A Goldstein figure as written, and as a double to compare with the codebook's; and the text of
   * each warning that it disagrees with a code's score, by the code, made once: a file repeats the
   * same few disagreements (GDELT's 016 is -2.0 in every row). At most {@value #DISAGREEMENTS} are
   * kept a figure, so that the memory stays bounded whatever the file.
   */
  private record Figure(BigDecimal value, double asDouble, Map<String, String> disagreements) {

    static final int DISAGREEMENTS = 8;

    String disagreement(CameoCode code) {
      String known = disagreements.get(code.code());
      if (known != null) {
        return known;
      }
      String text = goldsteinDisagrees(value, code);
      if (disagreements.size() < DISAGREEMENTS) {
        disagreements.put(code.code(), text);
      }
      return text;
    }
  }

  private String lastDateAdded = "";
  private String lastDateAddedIso = "";

  /**
   * The row at {@code line}, or null with every reason it cannot be read in {@code problems};
   * warnings about a row that is read go to {@code problems} too.
   */
  @Nullable GdeltRow read(int line, String text, List<ImportProblem> problems) {
    int n = split(text);
    this.text = text;
    if (n != COLUMNS) {
      problems.add(
          ImportProblem.rejection(
              line,
              "gdelt.row.columns",
              "expected "
                  + COLUMNS
                  + " tab-separated columns (GDELT 2.0 events) but found "
                  + (n > COLUMNS ? "more" : String.valueOf(n))));
      return null;
    }
    Fields r = new Fields(line, problems);
    String eventId = r.eventId();
    When date = r.date();
    GdeltRow.Side a1 = r.side(ACTOR1, "Actor1Code");
    GdeltRow.Side a2 = r.side(ACTOR2, "Actor2Code");
    boolean root = r.isRoot();
    CameoCode code = r.eventCode();
    QuadClass quad = r.quadClass(code);
    BigDecimal goldstein = r.goldstein(code);
    long mentions = r.count(NUM_MENTIONS, "NumMentions");
    long sources = r.count(NUM_SOURCES, "NumSources");
    long articles = r.count(NUM_ARTICLES, "NumArticles");
    BigDecimal tone = r.tone();
    Optional<GdeltRow.Geo> g1 = r.geo(ACTOR1_GEO, "Actor1Geo");
    Optional<GdeltRow.Geo> g2 = r.geo(ACTOR2_GEO, "Actor2Geo");
    Optional<GdeltRow.Geo> ga = r.geo(ACTION_GEO, "ActionGeo");
    String added = r.dateAdded();
    Optional<String> url = value(SOURCE_URL);
    if (!r.rejected && a1.code().isEmpty() && a2.code().isEmpty()) {
      r.reject("gdelt.actors.missing", "neither Actor1Code nor Actor2Code names an actor");
    }
    if (r.rejected) {
      return null;
    }
    return new GdeltRow(
        line, eventId, date, a1, a2, root, code, quad, goldstein, mentions, sources, articles, tone,
        g1, g2, ga, added, url);
  }

  /**
   * Finds the tabs of {@code text}: field {@code i} is from {@code starts[i]} to {@code starts[i +
   * 1] - 1}. The number of fields, at most 62. A row's fields are short, and a search from each tab
   * costs more than it finds: the tabs are found in one pass over the row's ISO 8859-1 bytes when
   * there is one a character (a character outside ISO 8859-1 is one '?', a pair of surrogates too),
   * else over its characters; and {@link #latin1} is set.
   */
  private int split(String text) {
    byte[] b = text.getBytes(StandardCharsets.ISO_8859_1);
    int length = text.length();
    bytes = b;
    latin1 = false;
    int n = 0;
    starts[0] = 0;
    if (b.length == length) {
      int question = -1;
      for (int i = 0; i < length; i++) {
        byte c = b[i];
        if (c == '\t') {
          if (n == COLUMNS - 1) {
            return COLUMNS + 1;
          }
          starts[++n] = i + 1;
        } else if (c == '?' && question < 0) {
          question = i;
        }
      }
      latin1 = question < 0 || noneReplaced(text, b, question);
    } else {
      for (int i = 0; i < length; i++) {
        if (text.charAt(i) == '\t') {
          if (n == COLUMNS - 1) {
            return COLUMNS + 1;
          }
          starts[++n] = i + 1;
        }
      }
    }
    if (n == COLUMNS - 1) {
      starts[COLUMNS] = length + 1;
      return COLUMNS;
    }
    return n + 1;
  }

  /**
   * True when every '?' of {@code b} from {@code from} is a '?' of {@code text}, not a stand-in.
   */
  private static boolean noneReplaced(String text, byte[] b, int from) {
    for (int i = from; i < b.length; i++) {
      if (b[i] == '?' && text.charAt(i) != '?') {
        return false;
      }
    }
    return true;
  }

  private int length(int column) {
    return starts[column + 1] - 1 - starts[column];
  }

  private String f(int column) {
    return text.substring(starts[column], starts[column + 1] - 1);
  }

  private boolean is(int column, String value) {
    return length(column) == value.length() && text.startsWith(value, starts[column]);
  }

  private Optional<String> value(int column) {
    return length(column) == 0 ? Optional.empty() : Optional.of(f(column));
  }

  /** The fields of one row, and what is wrong with them. */
  private final class Fields {
    private final int line;
    private final List<ImportProblem> problems;
    private boolean rejected;

    Fields(int line, List<ImportProblem> problems) {
      this.line = line;
      this.problems = problems;
    }

    void reject(String code, String reason) {
      problems.add(ImportProblem.rejection(line, code, reason));
      rejected = true;
    }

    void warn(String code, String reason) {
      problems.add(ImportProblem.warning(line, code, reason));
    }

    String eventId() {
      String id = f(EVENT_ID);
      if (id.isEmpty() || id.length() > 18 || !digits(id)) {
        reject(
            "gdelt.eventId.invalid",
            "the GLOBALEVENTID '" + id + "' is not a whole number of 1 to 18 digits");
      }
      return id;
    }

    /** The SQLDATE as the event's day; a file has few days, each made once. */
    @Nullable When date() {
      String text = f(SQLDATE);
      When known = days.get(text);
      if (known != null) {
        return known;
      }
      if (text.length() == 8 && digits(text)) {
        try {
          When day =
              When.on(
                  PartialDate.of(
                      LocalDate.of(
                          Integer.parseInt(text.substring(0, 4)),
                          Integer.parseInt(text.substring(4, 6)),
                          Integer.parseInt(text.substring(6, 8)))));
          if (days.size() >= CACHE) {
            days.clear();
          }
          days.put(text, day);
          return day;
        } catch (DateTimeException | ValidationException e) {
          // reported below
        }
      }
      reject(
          "gdelt.date.invalid",
          "the SQLDATE '" + text + "' is not a date written YYYYMMDD, such as 20191024");
      return null;
    }

    /** The DATEADDED as an ISO instant; the same for every row of a file, so read once. */
    @Nullable String dateAdded() {
      String text = f(DATE_ADDED);
      if (text.equals(lastDateAdded)) {
        return lastDateAddedIso;
      }
      if (text.length() == 14 && digits(text)) {
        try {
          String iso =
              LocalDateTime.of(
                      Integer.parseInt(text.substring(0, 4)),
                      Integer.parseInt(text.substring(4, 6)),
                      Integer.parseInt(text.substring(6, 8)),
                      Integer.parseInt(text.substring(8, 10)),
                      Integer.parseInt(text.substring(10, 12)),
                      Integer.parseInt(text.substring(12, 14)))
                  .toInstant(ZoneOffset.UTC)
                  .toString();
          lastDateAdded = text;
          lastDateAddedIso = iso;
          return iso;
        } catch (DateTimeException e) {
          // reported below
        }
      }
      reject(
          "gdelt.dateAdded.invalid",
          "the DATEADDED '"
              + text
              + "' is not a time written YYYYMMDDhhmmss (UTC), such as 20191024143000");
      return null;
    }

    GdeltRow.Side side(int column, String name) {
      Optional<String> code = value(column);
      if (code.isPresent() && !GdeltActors.isCode(code.get())) {
        reject(
            "gdelt.actorCode.malformed",
            "the "
                + name
                + " '"
                + code.get()
                + "' is not a CAMEO actor code: one to ten parts of three letters, such as SAUGOV");
        code = Optional.empty();
      }
      Optional<String> actorName = value(column + 1).map(this::oneLine);
      return new GdeltRow.Side(code, actorName);
    }

    private String oneLine(String text) {
      StringBuilder b = null;
      for (int i = 0; i < text.length(); i++) {
        if (Character.isISOControl(text.charAt(i))) {
          if (b == null) {
            b = new StringBuilder(text);
          }
          b.setCharAt(i, ' ');
        }
      }
      return b == null ? text : b.toString();
    }

    boolean isRoot() {
      if (is(IS_ROOT, "1")) {
        return true;
      }
      if (!is(IS_ROOT, "0")) {
        reject("gdelt.isRootEvent.invalid", "the IsRootEvent '" + f(IS_ROOT) + "' is not 0 or 1");
      }
      return false;
    }

    @Nullable CameoCode eventCode() {
      String text = f(EVENT_CODE);
      if (!CameoCode.isKnown(text)) {
        reject(
            "gdelt.eventCode.unknown",
            "the EventCode '"
                + text
                + "' is not a code of the CAMEO 1.1b3 codebook (codes keep their leading zeros: 042)");
        return null;
      }
      int baseLength = Math.min(text.length(), 3);
      if (length(BASE_CODE) != baseLength
          || !text.regionMatches(0, GdeltRowReader.this.text, starts[BASE_CODE], baseLength)
          || length(ROOT_CODE) != 2
          || !text.regionMatches(0, GdeltRowReader.this.text, starts[ROOT_CODE], 2)) {
        String base = text.substring(0, baseLength);
        String root = text.substring(0, 2);
        warn(
            "gdelt.eventCode.inconsistent",
            "the EventBaseCode '"
                + f(BASE_CODE)
                + "' and EventRootCode '"
                + f(ROOT_CODE)
                + "' are not those of the EventCode "
                + text
                + " ("
                + base
                + ", "
                + root
                + "); the EventCode is kept");
      }
      return CameoCode.of(text);
    }

    /**
     * The QuadClass, checked against GDELT's own rule ({@link GdeltRowReader#gdeltQuadClass}), not
     * the core's: GDELT puts root 09 in material cooperation and 14 in verbal conflict.
     */
    @Nullable QuadClass quadClass(@Nullable CameoCode code) {
      if (length(QUAD_CLASS) != 1
          || text.charAt(starts[QUAD_CLASS]) < '1'
          || text.charAt(starts[QUAD_CLASS]) > '4') {
        reject(
            "gdelt.quadClass.invalid", "the QuadClass '" + f(QUAD_CLASS) + "' is not 1, 2, 3 or 4");
        return null;
      }
      int quad = text.charAt(starts[QUAD_CLASS]) - '0';
      if (code != null && gdeltQuadClass(code) != quad) {
        warn(
            "gdelt.quadClass.disagrees",
            "the QuadClass "
                + quad
                + " is not GDELT's "
                + gdeltQuadClass(code)
                + " for "
                + code.code()
                + " (GDELT's rule: roots 01-05 are 1, 06-09 are 2, 10-14 are 3, 15-20 are 4);"
                + " the dataset's "
                + quad
                + " is kept");
      }
      return QUAD_CLASSES[quad - 1];
    }

    /**
     * The GoldsteinScale, exactly as written; a file has few figures (one decimal from -10 to 10),
     * each read once.
     */
    @Nullable BigDecimal goldstein(@Nullable CameoCode code) {
      String text = f(GOLDSTEIN);
      Figure known = figures.get(text);
      if (known == null) {
        BigDecimal g = number(text);
        if (g == null || g.abs().compareTo(TEN) > 0) {
          reject(
              "gdelt.goldstein.invalid",
              "the GoldsteinScale '" + text + "' is not a number from -10 to 10");
          return null;
        }
        known = new Figure(g, g.doubleValue(), new HashMap<>(4));
        if (figures.size() >= CACHE) {
          figures.clear();
        }
        figures.put(text, known);
      }
      BigDecimal g = known.value();
      if (code != null && known.asDouble() != code.goldstein()) {
        warn("gdelt.goldstein.disagrees", known.disagreement(code));
      }
      return g;
    }

    /** A count: 1 to 18 digits, read where they stand in the row. */
    long count(int column, String name) {
      int from = starts[column];
      int to = starts[column + 1] - 1;
      long n = 0;
      boolean whole = to > from && to - from <= 18;
      for (int i = from; whole && i < to; i++) {
        char c = text.charAt(i);
        whole = c >= '0' && c <= '9';
        n = n * 10 + (c - '0');
      }
      if (!whole) {
        reject("gdelt.count.invalid", "the " + name + " '" + f(column) + "' is not a whole number");
        return 0;
      }
      return n;
    }

    @Nullable BigDecimal tone() {
      BigDecimal t = number(f(AVG_TONE));
      if (t == null || t.abs().compareTo(HUNDRED) > 0) {
        reject(
            "gdelt.tone.invalid",
            "the AvgTone '" + f(AVG_TONE) + "' is not a number from -100 to 100");
        return null;
      }
      return t;
    }

    /**
     * The geography at {@code start}: its eight columns; empty when its type is 0 or empty. One
     * read without a problem is remembered by its columns' bytes ({@link SpanCache}), unless the
     * row has a character outside ISO 8859-1.
     */
    Optional<GdeltRow.Geo> geo(int start, String name) {
      if (length(start) == 0 || is(start, "0")) {
        return Optional.empty();
      }
      if (!latin1) {
        return readGeo(start, name);
      }
      int from = starts[start];
      int to = starts[start + 8] - 1;
      GdeltRow.Geo known = geos.get(bytes, from, to);
      if (known != null) {
        return Optional.of(known);
      }
      int before = problems.size();
      Optional<GdeltRow.Geo> geo = readGeo(start, name);
      if (geo.isPresent() && problems.size() == before) {
        geos.put(bytes, from, to, geo.get());
      }
      return geo;
    }

    private Optional<GdeltRow.Geo> readGeo(int start, String name) {
      String type = f(start);
      if (type.length() != 1 || type.charAt(0) < '1' || type.charAt(0) > '5') {
        reject(
            "gdelt.geoType.invalid",
            "the " + name + "_Type '" + type + "' is not a type of geography, 0 to 5");
        return Optional.empty();
      }
      Optional<String> fips = value(start + 2);
      Optional<Country> country = Optional.empty();
      if (fips.isPresent()) {
        Optional<GdeltTables.Fips> known = GdeltTables.fips(fips.get());
        if (known.isEmpty()) {
          warn(
              "gdelt.fips.unknown",
              "the "
                  + name
                  + "_CountryCode '"
                  + fips.get()
                  + "' is no FIPS 10-4 country code; the place is kept without a country");
        } else {
          country = known.get().country();
        }
      }
      Optional<String> latText = value(start + 5);
      Optional<String> lonText = value(start + 6);
      BigDecimal lat = latText.map(GdeltRowReader::number).orElse(null);
      BigDecimal lon = lonText.map(GdeltRowReader::number).orElse(null);
      if (latText.isPresent() != lonText.isPresent()
          || (latText.isPresent()
              && (lat == null
                  || lon == null
                  || lat.abs().compareTo(NINETY) > 0
                  || lon.abs().compareTo(HUNDRED_EIGHTY) > 0))) {
        reject(
            "gdelt.coordinates.invalid",
            "the "
                + name
                + "_Lat '"
                + latText.orElse("")
                + "' and _Long '"
                + lonText.orElse("")
                + "' are not a latitude from -90 to 90 and a longitude from -180 to 180");
        return Optional.empty();
      }
      Optional<String> adm1 = value(start + 3);
      Optional<String> adm2 = value(start + 4);
      if (!adm1.map(GdeltRowReader::isDivisionCode).orElse(true)
          || !adm2.map(GdeltRowReader::isDivisionCode).orElse(true)) {
        reject(
            "gdelt.adm.invalid",
            "the "
                + name
                + "_ADM1Code '"
                + adm1.orElse("")
                + "' and _ADM2Code '"
                + adm2.orElse("")
                + "' are not codes of administrative divisions: 1 to 64 ASCII letters, digits,"
                + " '-', '.' and '_', such as USTX or 40108");
        return Optional.empty();
      }
      return Optional.of(
          new GdeltRow.Geo(
              type.charAt(0) - '0',
              value(start + 1),
              fips,
              country,
              adm1,
              adm2,
              Optional.ofNullable(lat),
              Optional.ofNullable(lon),
              value(start + 7)));
    }
  }

  private static String goldsteinDisagrees(BigDecimal g, CameoCode code) {
    return "the GoldsteinScale "
        + g.toPlainString()
        + " is not the codebook's "
        + BigDecimal.valueOf(code.goldstein()).toPlainString()
        + " for "
        + code.code()
        + "; the dataset's "
        + g.toPlainString()
        + " is kept";
  }

  private static final QuadClass[] QUAD_CLASSES = {
    QuadClass.VERBAL_COOPERATION,
    QuadClass.MATERIAL_COOPERATION,
    QuadClass.VERBAL_CONFLICT,
    QuadClass.MATERIAL_CONFLICT
  };

  /**
   * The QuadClass GDELT gives a code, by its root: 01 to 05 verbal cooperation (1), 06 to 09
   * material cooperation (2), 10 to 14 verbal conflict (3), 15 to 20 material conflict (4). It is
   * not the core's {@link CameoCode#quadClass()}, which puts 09 in verbal conflict and 14 in
   * material conflict, as ICEWS does; every row of the GDELT 2.0 export follows this rule.
   */
  static int gdeltQuadClass(CameoCode code) {
    String c = code.code();
    int root = (c.charAt(0) - '0') * 10 + (c.charAt(1) - '0');
    if (root <= 5) {
      return 1;
    }
    if (root <= 9) {
      return 2;
    }
    return root <= 14 ? 3 : 4;
  }

  /** The rule of an administrative division's code ({@code AdminDivision}'s). */
  private static boolean isDivisionCode(String s) {
    if (s.length() > 64) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_')) {
        return false;
      }
    }
    return true;
  }

  private static boolean digits(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The number written as {@code text}, or null: digits, a sign, a point; no exponent. */
  static @Nullable BigDecimal number(String text) {
    if (text.isEmpty() || text.length() > 40) {
      return null;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9') && c != '.' && c != '-' && c != '+') {
        return null;
      }
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}

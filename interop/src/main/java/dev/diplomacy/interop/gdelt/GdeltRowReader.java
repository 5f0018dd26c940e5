package dev.diplomacy.interop.gdelt;

import dev.diplomacy.core.codes.CameoCode;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.time.PartialDate;
import dev.diplomacy.interop.ImportProblem;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
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

  private final String[] f = new String[COLUMNS];

  /**
   * The row at {@code line}, or null with every reason it cannot be read in {@code problems};
   * warnings about a row that is read go to {@code problems} too.
   */
  @Nullable GdeltRow read(int line, String text, List<ImportProblem> problems) {
    int n = split(text);
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
    PartialDate date = r.date();
    GdeltRow.Side a1 = r.side(ACTOR1, "Actor1Code");
    GdeltRow.Side a2 = r.side(ACTOR2, "Actor2Code");
    boolean root = r.isRoot();
    CameoCode code = r.eventCode();
    int quad = r.quadClass(code);
    BigDecimal goldstein = r.goldstein(code);
    long mentions = r.count(NUM_MENTIONS, "NumMentions");
    long sources = r.count(NUM_SOURCES, "NumSources");
    long articles = r.count(NUM_ARTICLES, "NumArticles");
    BigDecimal tone = r.tone();
    Optional<GdeltRow.Geo> g1 = r.geo(ACTOR1_GEO, "Actor1Geo");
    Optional<GdeltRow.Geo> g2 = r.geo(ACTOR2_GEO, "Actor2Geo");
    Optional<GdeltRow.Geo> ga = r.geo(ACTION_GEO, "ActionGeo");
    Instant added = r.dateAdded();
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

  /** Splits {@code text} at its tabs into {@link #f}; the number of fields, at most 62. */
  private int split(String text) {
    int n = 0;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\t') {
        if (n == COLUMNS) {
          return COLUMNS + 1;
        }
        f[n++] = text.substring(start, i);
        start = i + 1;
      }
    }
    return n;
  }

  private Optional<String> value(int column) {
    String v = f[column];
    return v.isEmpty() ? Optional.empty() : Optional.of(v);
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
      String id = f[EVENT_ID];
      if (id.isEmpty() || id.length() > 18 || !digits(id)) {
        reject(
            "gdelt.eventId.invalid",
            "the GLOBALEVENTID '" + id + "' is not a whole number of 1 to 18 digits");
      }
      return id;
    }

    @Nullable PartialDate date() {
      String text = f[SQLDATE];
      if (text.length() == 8 && digits(text)) {
        try {
          return PartialDate.of(
              LocalDate.of(
                  Integer.parseInt(text.substring(0, 4)),
                  Integer.parseInt(text.substring(4, 6)),
                  Integer.parseInt(text.substring(6, 8))));
        } catch (DateTimeException e) {
          // reported below
        }
      }
      reject(
          "gdelt.date.invalid",
          "the SQLDATE '" + text + "' is not a date written YYYYMMDD, such as 20191024");
      return null;
    }

    @Nullable Instant dateAdded() {
      String text = f[DATE_ADDED];
      if (text.length() == 14 && digits(text)) {
        try {
          return LocalDateTime.of(
                  Integer.parseInt(text.substring(0, 4)),
                  Integer.parseInt(text.substring(4, 6)),
                  Integer.parseInt(text.substring(6, 8)),
                  Integer.parseInt(text.substring(8, 10)),
                  Integer.parseInt(text.substring(10, 12)),
                  Integer.parseInt(text.substring(12, 14)))
              .toInstant(ZoneOffset.UTC);
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
      if (code.isPresent() && !GdeltActors.CODE.matcher(code.get()).matches()) {
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
      String v = f[IS_ROOT];
      if (!v.equals("0") && !v.equals("1")) {
        reject("gdelt.isRootEvent.invalid", "the IsRootEvent '" + v + "' is not 0 or 1");
      }
      return v.equals("1");
    }

    @Nullable CameoCode eventCode() {
      String text = f[EVENT_CODE];
      if (!CameoCode.isKnown(text)) {
        reject(
            "gdelt.eventCode.unknown",
            "the EventCode '"
                + text
                + "' is not a code of the CAMEO 1.1b3 codebook (codes keep their leading zeros: 042)");
        return null;
      }
      String base = text.length() > 3 ? text.substring(0, 3) : text;
      String root = text.substring(0, 2);
      if (!f[BASE_CODE].equals(base) || !f[ROOT_CODE].equals(root)) {
        warn(
            "gdelt.eventCode.inconsistent",
            "the EventBaseCode '"
                + f[BASE_CODE]
                + "' and EventRootCode '"
                + f[ROOT_CODE]
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

    int quadClass(@Nullable CameoCode code) {
      String text = f[QUAD_CLASS];
      if (text.length() != 1 || text.charAt(0) < '1' || text.charAt(0) > '4') {
        reject("gdelt.quadClass.invalid", "the QuadClass '" + text + "' is not 1, 2, 3 or 4");
        return 0;
      }
      int quad = text.charAt(0) - '0';
      if (code != null && code.quadClass().number() != quad) {
        warn(
            "gdelt.quadClass.disagrees",
            "the QuadClass "
                + quad
                + " is not the codebook's "
                + code.quadClass().number()
                + " for "
                + code.code()
                + "; the dataset's "
                + quad
                + " is kept");
      }
      return quad;
    }

    @Nullable BigDecimal goldstein(@Nullable CameoCode code) {
      BigDecimal g = number(f[GOLDSTEIN]);
      if (g == null || g.abs().compareTo(TEN) > 0) {
        reject(
            "gdelt.goldstein.invalid",
            "the GoldsteinScale '" + f[GOLDSTEIN] + "' is not a number from -10 to 10");
        return null;
      }
      if (code != null && g.compareTo(BigDecimal.valueOf(code.goldstein())) != 0) {
        warn(
            "gdelt.goldstein.disagrees",
            "the GoldsteinScale "
                + g.toPlainString()
                + " is not the codebook's "
                + BigDecimal.valueOf(code.goldstein()).toPlainString()
                + " for "
                + code.code()
                + "; the dataset's "
                + g.toPlainString()
                + " is kept");
      }
      return g;
    }

    long count(int column, String name) {
      String text = f[column];
      if (text.isEmpty() || text.length() > 18 || !digits(text)) {
        reject("gdelt.count.invalid", "the " + name + " '" + text + "' is not a whole number");
        return 0;
      }
      return Long.parseLong(text);
    }

    @Nullable BigDecimal tone() {
      BigDecimal t = number(f[AVG_TONE]);
      if (t == null || t.abs().compareTo(HUNDRED) > 0) {
        reject(
            "gdelt.tone.invalid",
            "the AvgTone '" + f[AVG_TONE] + "' is not a number from -100 to 100");
        return null;
      }
      return t;
    }

    /** The geography at {@code start}: its eight columns; empty when its type is 0 or empty. */
    Optional<GdeltRow.Geo> geo(int start, String name) {
      String type = f[start];
      if (type.isEmpty() || type.equals("0")) {
        return Optional.empty();
      }
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
                  || lat.abs().compareTo(BigDecimal.valueOf(90)) > 0
                  || lon.abs().compareTo(BigDecimal.valueOf(180)) > 0))) {
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
      return Optional.of(
          new GdeltRow.Geo(
              type.charAt(0) - '0',
              value(start + 1),
              fips,
              country,
              value(start + 3),
              value(start + 4),
              Optional.ofNullable(lat),
              Optional.ofNullable(lon),
              value(start + 7)));
    }
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

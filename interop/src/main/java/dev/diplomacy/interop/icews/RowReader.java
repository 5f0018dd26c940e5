package dev.diplomacy.interop.icews;

import dev.diplomacy.core.codes.CameoCode;
import dev.diplomacy.core.geography.AdminDivision;
import dev.diplomacy.core.geography.Coordinates;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.geography.Place;
import dev.diplomacy.core.time.PartialDate;
import dev.diplomacy.core.validation.ValidationException;
import dev.diplomacy.interop.ImportProblem;
import dev.diplomacy.interop.internal.Lines;
import dev.diplomacy.interop.internal.SpanCache;
import dev.diplomacy.json.format.internal.Bytes;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Reads the data rows of an ICEWS file by the columns its header names. */
final class RowReader {

  /** The columns an ICEWS event file has, by their header names. */
  static final List<String> COLUMNS =
      List.of(
          "Event ID",
          "Event Date",
          "Source Name",
          "Source Sectors",
          "Source Country",
          "Event Text",
          "CAMEO Code",
          "Intensity",
          "Target Name",
          "Target Sectors",
          "Target Country",
          "Story ID",
          "Sentence Number",
          "Publisher",
          "City",
          "District",
          "Province",
          "Country",
          "Latitude",
          "Longitude");

  /** What an ICEWS file writes for a missing value. */
  static final String NA = "NA";

  /** The small numbers as sentence numbers, made once: a sentence number is seldom above 100. */
  @SuppressWarnings("unchecked")
  private static final Optional<Integer>[] NUMBERS = new Optional[256];

  static {
    for (int i = 0; i < NUMBERS.length; i++) {
      NUMBERS[i] = Optional.of(i);
    }
  }

  /** The longest id: a letter or digit, then up to 100 more characters. */
  private static final int MAX_ID_LENGTH = 101;

  /** The most digits of a Sentence Number. */
  private static final int MAX_SENTENCE_DIGITS = 9;

  private final Map<String, Integer> index = new HashMap<>();
  private final int width;

  /** Where the fields of the row being read start, and their texts: one pair for every row. */
  private final int[] rowBounds;

  private final String[] rowTexts;

  /**
   * The field texts that recur from row to row, one copy of each, by their bytes: every column but
   * the Event ID and the Story ID, which are new in (almost) every row. The same name is then the
   * same {@code String} row after row: its hash is worked out once, and maps compare it by
   * reference first.
   */
  private final SpanCache<String> texts = new SpanCache<>();

  /** For each column, whether its texts are taken from {@link #texts}. */
  private final boolean[] recurring;

  /**
   * The sectors of each Sectors field read, made once: the same actors, and so the same fields,
   * come back row after row, and their sectors are then the same strings, whose hashes are known.
   */
  private final KnownValues<List<String>> sectorLists = new KnownValues<>(RowReader::sectors);

  private final KnownValues<PartialDate> dates = new KnownValues<>(RowReader::date);
  private final KnownValues<CameoCode> codes =
      new KnownValues<>(code -> CameoCode.isKnown(code) ? CameoCode.of(code) : null);
  private final KnownValues<BigDecimal> intensities = new KnownValues<>(RowReader::intensity);
  private final KnownValues<Optional<Country>> countries = new KnownValues<>(Country::findByName);

  /** The names without a control character, each mapped to itself. */
  private final KnownValues<String> cleanNames =
      new KnownValues<>(name -> firstControl(name) < 0 ? name : null);

  // What the columns of a row, alone or side by side, were read as without a problem, by their
  // bytes (rows of ASCII bytes only): a row that repeats them is not read and checked again.
  private final SpanCache<PartialDate> dateSpans = new SpanCache<>();
  private final SpanCache<Coding> codingSpans = new SpanCache<>();
  private final SpanCache<IcewsRow.Side> sideSpans = new SpanCache<>();
  private final SpanCache<Optional<Place>> placeSpans = new SpanCache<>();
  private final SpanCache<Optional<String>> publisherSpans = new SpanCache<>();
  private final SpanCache<Optional<String>> storySpans = new SpanCache<>();

  /** The CAMEO Code, Event Text and Intensity of a row, read. */
  private record Coding(CameoCode code, Optional<String> text, Optional<BigDecimal> intensity) {}

  /**
   * The first and last column of a group of columns that stand side by side in the header, as the
   * ICEWS files have them; or -1 and -1 when they do not, and the group is read field by field.
   */
  private record Span(int first, int last) {
    static Span of(int... columns) {
      for (int i = 1; i < columns.length; i++) {
        if (columns[i] != columns[0] + i) {
          return new Span(-1, -1);
        }
      }
      return new Span(columns[0], columns[columns.length - 1]);
    }
  }

  // The position of each column, found once from the header rather than by name in every row.
  private final int eventIdColumn;
  private final int dateColumn;
  private final int eventTextColumn;
  private final int cameoColumn;
  private final int intensityColumn;
  private final int storyColumn;
  private final int sentenceColumn;
  private final int publisherColumn;
  private final int cityColumn;
  private final int districtColumn;
  private final int provinceColumn;
  private final int countryColumn;
  private final int latitudeColumn;
  private final int longitudeColumn;
  private final SideColumns sourceColumns;
  private final SideColumns targetColumns;
  private final Span dateSpan;
  private final Span codingSpan;
  private final Span placeSpan;
  private final Span publisherSpan;
  private final Span storySpan;

  /** The columns of the source or the target actor, with their names for the messages. */
  private record SideColumns(
      int name, String nameLabel, int sectors, int country, String countryLabel, Span span) {}

  private RowReader(String[] header) {
    this.width = header.length;
    this.rowBounds = new int[width + 1];
    this.rowTexts = new String[width];
    for (int i = 0; i < header.length; i++) {
      index.putIfAbsent(header[i].strip(), i);
    }
    eventIdColumn = column("Event ID");
    dateColumn = column("Event Date");
    eventTextColumn = column("Event Text");
    cameoColumn = column("CAMEO Code");
    intensityColumn = column("Intensity");
    storyColumn = column("Story ID");
    sentenceColumn = column("Sentence Number");
    publisherColumn = column("Publisher");
    cityColumn = column("City");
    districtColumn = column("District");
    provinceColumn = column("Province");
    countryColumn = column("Country");
    latitudeColumn = column("Latitude");
    longitudeColumn = column("Longitude");
    sourceColumns = sideColumns("Source");
    targetColumns = sideColumns("Target");
    dateSpan = Span.of(dateColumn);
    codingSpan = Span.of(eventTextColumn, cameoColumn, intensityColumn);
    placeSpan =
        Span.of(
            cityColumn,
            districtColumn,
            provinceColumn,
            countryColumn,
            latitudeColumn,
            longitudeColumn);
    publisherSpan = Span.of(publisherColumn);
    storySpan = Span.of(storyColumn);
    recurring = new boolean[width];
    Arrays.fill(recurring, true);
    for (int column : new int[] {eventIdColumn, storyColumn}) {
      if (column >= 0) {
        recurring[column] = false;
      }
    }
  }

  /** The position of the column, or -1 when the header lacks it (and no row is read). */
  private int column(String name) {
    return index.getOrDefault(name, -1);
  }

  private SideColumns sideColumns(String side) {
    int name = column(side + " Name");
    int sectors = column(side + " Sectors");
    int country = column(side + " Country");
    return new SideColumns(
        name, side + " Name", sectors, country, side + " Country", Span.of(name, sectors, country));
  }

  /** A reader for the rows under {@code header}; its missing columns go to {@code missing}. */
  static RowReader of(String header, List<String> missing) {
    RowReader r = new RowReader(split(header));
    COLUMNS.stream().filter(c -> !r.index.containsKey(c)).forEach(missing::add);
    return r;
  }

  static String[] split(String line) {
    return line.split("\t", -1);
  }

  /**
   * The row at {@code line}, the line {@code in} is at, or null with every reason it cannot be read
   * in {@code problems}. A line of ASCII bytes is read where it stands, its fields found in one
   * pass over its bytes; any other line is read as text, with a warning when it has bytes that are
   * not UTF-8.
   */
  @Nullable IcewsRow read(int line, Lines in, List<ImportProblem> problems) {
    if (in.hasBytes()) {
      int[] bounds = rowBounds;
      int columns = Bytes.asciiFields(in.bytes(), in.start(), in.end(), (byte) '\t', bounds);
      if (columns >= 0) {
        if (columns != width) {
          return columns(line, columns, problems);
        }
        Arrays.fill(rowTexts, null);
        return read(new Fields(rowTexts, in.bytes(), bounds, line, problems));
      }
    }
    String text = in.text();
    String[] f = new String[width];
    int columns = fields(text, f);
    IcewsRow row =
        columns != width ? columns(line, columns, problems) : read(new Fields(f, line, problems));
    if (text.indexOf('\uFFFD') >= 0) {
      problems.add(
          ImportProblem.warning(
              line,
              "icews.encoding",
              "the line has bytes that are not UTF-8, read as the replacement character U+FFFD"));
    }
    return row;
  }

  private @Nullable IcewsRow columns(int line, int columns, List<ImportProblem> problems) {
    problems.add(
        ImportProblem.rejection(
            line,
            "icews.row.columns",
            "expected "
                + width
                + " tab-separated columns, as in the header, but found "
                + columns));
    return null;
  }

  private @Nullable IcewsRow read(Fields fields) {
    String eventId = fields.value(eventIdColumn).orElse("");
    if (!isId(eventId)) {
      fields.reject(
          "icews.eventId.invalid",
          "the Event ID '"
              + eventId
              + "' is not an id: letters, digits, '.', '_' or '-', at most 101 characters");
    }
    PartialDate date = fields.date();
    Coding coding = fields.coding();
    Optional<String> storyId = fields.storyId();
    Optional<Integer> sentence = fields.sentence();
    IcewsRow.Side source = fields.side(sourceColumns);
    IcewsRow.Side target = fields.side(targetColumns);
    Optional<Place> place = fields.place();
    Optional<String> publisher = fields.publisher();
    if (fields.rejected || coding == null) {
      return null;
    }
    return new IcewsRow(
        fields.line,
        eventId,
        date,
        source,
        target,
        coding.code(),
        coding.text(),
        coding.intensity(),
        storyId,
        sentence,
        publisher,
        place);
  }

  /**
   * Puts the tab-separated fields of {@code text} into {@code f}, as many as it has room for, and
   * gives how many there are: what {@code text.split("\t", -1)} gives.
   */
  private static int fields(String text, String[] f) {
    int column = 0;
    int from = 0;
    while (true) {
      int tab = text.indexOf('\t', from);
      int end = tab < 0 ? text.length() : tab;
      if (column < f.length) {
        f[column] = text.substring(from, end);
      }
      column++;
      if (tab < 0) {
        return column;
      }
      from = tab + 1;
    }
  }

  /** The fields of one row, and what is wrong with them. */
  private final class Fields {
    private final String[] f;
    private final byte @Nullable [] bytes;
    private final int[] bounds;
    private final int line;
    private final List<ImportProblem> problems;
    private boolean rejected;

    /** The fields of a row of text. */
    Fields(String[] f, int line, List<ImportProblem> problems) {
      this.f = f;
      this.bytes = null;
      this.bounds = new int[0];
      this.line = line;
      this.problems = problems;
    }

    /**
     * The fields of a row of ASCII bytes, column {@code c} from {@code bounds[c]} to {@code
     * bounds[c + 1] - 1}; each decoded when first asked for.
     */
    Fields(String[] f, byte[] bytes, int[] bounds, int line, List<ImportProblem> problems) {
      this.f = f;
      this.bytes = bytes;
      this.bounds = bounds;
      this.line = line;
      this.problems = problems;
    }

    /** The column's text, as written. */
    private String raw(int column) {
      String text = f[column];
      if (text == null) {
        byte[] b = Objects.requireNonNull(bytes);
        int start = bounds[column];
        int end = bounds[column + 1] - 1;
        if (recurring[column]) {
          text = texts.get(b, start, end);
          if (text == null) {
            text = new String(b, start, end - start, StandardCharsets.ISO_8859_1);
            texts.put(b, start, end, text);
          }
        } else {
          text = new String(b, start, end - start, StandardCharsets.ISO_8859_1);
        }
        f[column] = text;
      }
      return text;
    }

    /** What the span's bytes were read as in an earlier row, or null (always, for text rows). */
    private <V> @Nullable V known(SpanCache<V> cache, Span span) {
      byte[] b = bytes;
      return b == null || span.first() < 0
          ? null
          : cache.get(b, bounds[span.first()], bounds[span.last() + 1] - 1);
    }

    /**
     * Remembers what the span's bytes were read as, when they were read without a problem (the row
     * had {@code problemsBefore} problems before they were read).
     */
    private <V> V remember(SpanCache<V> cache, Span span, int problemsBefore, V value) {
      byte[] b = bytes;
      if (b != null && span.first() >= 0 && problems.size() == problemsBefore) {
        cache.put(b, bounds[span.first()], bounds[span.last() + 1] - 1, value);
      }
      return value;
    }

    void reject(String code, String reason) {
      problems.add(ImportProblem.rejection(line, code, reason));
      rejected = true;
    }

    void warn(String code, String reason) {
      problems.add(ImportProblem.warning(line, code, reason));
    }

    /**
     * The Sentence Number: a whole number of 1 to {@value #MAX_SENTENCE_DIGITS} ASCII digits, read
     * from the row's bytes when it is only digits; empty for {@code NA} or nothing; else rejected.
     */
    Optional<Integer> sentence() {
      byte[] b = bytes;
      if (b != null) {
        int start = bounds[sentenceColumn];
        int end = bounds[sentenceColumn + 1] - 1;
        int n = 0;
        int i = start;
        while (i < end && i - start < MAX_SENTENCE_DIGITS && b[i] >= '0' && b[i] <= '9') {
          n = n * 10 + (b[i] - '0');
          i++;
        }
        if (i == end && end > start) {
          return n < NUMBERS.length ? NUMBERS[n] : Optional.of(n);
        }
      }
      Optional<String> text = value(sentenceColumn);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      if (isDigits(text.get())) {
        return Optional.of(Integer.parseInt(text.get()));
      }
      reject(
          "icews.sentence.invalid",
          "the Sentence Number '" + text.get() + "' is not a whole number");
      return Optional.empty();
    }

    /**
     * The Story ID, an id, else rejected. The rows of a story come together: a row that repeats the
     * bytes of the row before's is given the same text, read and checked once.
     */
    Optional<String> storyId() {
      Optional<String> known = known(storySpans, storySpan);
      if (known != null) {
        return known;
      }
      int before = problems.size();
      Optional<String> storyId = value(storyColumn);
      if (storyId.isPresent() && !isId(storyId.get())) {
        reject(
            "icews.storyId.invalid",
            "the Story ID '" + storyId.get() + "' is not an id: letters, digits, '.', '_' or '-'");
      }
      return remember(storySpans, storySpan, before, storyId);
    }

    /** The column's value, stripped; empty for {@code NA} or nothing. */
    Optional<String> value(int column) {
      String v = raw(column).strip();
      return v.isEmpty() || v.equals(NA) ? Optional.empty() : Optional.of(v);
    }

    /**
     * The Event Date, written year-month-day with four digits of year ({@code 2018-06-01}), of a
     * day that exists; else null, with the row rejected.
     */
    @Nullable PartialDate date() {
      PartialDate known = known(dateSpans, dateSpan);
      if (known != null) {
        return known;
      }
      Optional<String> text = value(dateColumn);
      PartialDate date = text.isPresent() ? dates.get(text.get()) : null;
      if (date != null) {
        return remember(dateSpans, dateSpan, problems.size(), date);
      }
      reject(
          "icews.date.invalid",
          "the Event Date '"
              + text.orElse(NA)
              + "' is not a date written year-month-day, such as 2018-06-01");
      return null;
    }

    /**
     * The column's value as a name: one line of text without control characters, or rejected. A
     * control character (NUL, SOH, DEL...) has no place in a name and would be carried into every
     * output.
     */
    Optional<String> name(int column, String label) {
      Optional<String> name = value(column);
      if (name.isPresent() && cleanNames.get(name.get()) == null) {
        int bad = firstControl(name.get());
        String what =
            bad == 0x85 || bad == 0x2028 || bad == 0x2029
                ? "a line break"
                : String.format(Locale.ROOT, "the control character U+%04X", bad);
        reject(
            "icews.name.invalid", "the " + label + " '" + name.get() + "' has " + what + " in it");
        return Optional.empty();
      }
      return name;
    }

    /** The CAMEO Code, Event Text and Intensity; null when the code is not known. */
    @Nullable Coding coding() {
      Coding known = known(codingSpans, codingSpan);
      if (known != null) {
        return known;
      }
      int before = problems.size();
      CameoCode code = cameoCode();
      Optional<BigDecimal> intensity = intensity();
      Optional<String> text = value(eventTextColumn);
      return code == null
          ? null
          : remember(codingSpans, codingSpan, before, new Coding(code, text, intensity));
    }

    /** The Publisher, a name. */
    Optional<String> publisher() {
      Optional<String> known = known(publisherSpans, publisherSpan);
      if (known != null) {
        return known;
      }
      int before = problems.size();
      return remember(publisherSpans, publisherSpan, before, name(publisherColumn, "Publisher"));
    }

    @Nullable CameoCode cameoCode() {
      String text = value(cameoColumn).orElse(NA);
      CameoCode code = codes.get(text);
      if (code == null) {
        reject(
            "icews.cameoCode.unknown",
            "the CAMEO Code '"
                + text
                + "' is not a code of the CAMEO 1.1b3 codebook (codes keep their leading zeros: 042)");
        return null;
      }
      return code;
    }

    Optional<BigDecimal> intensity() {
      Optional<String> text = value(intensityColumn);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      BigDecimal number = intensities.get(text.get());
      if (number == null) {
        reject(
            "icews.intensity.invalid",
            "the Intensity '" + text.get() + "' is not a number from -10 to 10");
        return Optional.empty();
      }
      return Optional.of(number);
    }

    /** The actor of the source or target side: its name, sectors and country. */
    IcewsRow.Side side(SideColumns side) {
      IcewsRow.Side known = known(sideSpans, side.span());
      if (known != null) {
        return known;
      }
      int before = problems.size();
      Optional<String> name = name(side.name(), side.nameLabel());
      Optional<String> sectors = value(side.sectors());
      IcewsRow.Side read =
          new IcewsRow.Side(
              name,
              sectors.isEmpty() ? List.of() : sectorLists.get(sectors.get()),
              country(side.country(), side.countryLabel()));
      return remember(sideSpans, side.span(), before, read);
    }

    /** The country the column names; a name that is no country is reported, and read as absent. */
    Optional<Country> country(int column, String label) {
      Optional<String> name = value(column);
      if (name.isEmpty()) {
        return Optional.empty();
      }
      Optional<Country> country = countries.get(name.get());
      if (country.isEmpty()) {
        warn(
            "icews.country.unknown",
            "the " + label + " '" + name.get() + "' names no known country; it is left out");
      }
      return country;
    }

    /**
     * The {@link #readPlace()} of the row, found among the places of recent rows when it is there.
     */
    Optional<Place> place() {
      Optional<Place> known = known(placeSpans, placeSpan);
      if (known != null) {
        return known;
      }
      int before = problems.size();
      return remember(placeSpans, placeSpan, before, readPlace());
    }

    /**
     * The place of the event: the city as locality, the province and district as its first- and
     * second-order administrative divisions, the country, the coordinates; and, when the row names
     * a country that is not known, the city and that name joined as the place's name, so that the
     * country's name is not lost.
     */
    Optional<Place> readPlace() {
      Optional<String> city = value(cityColumn);
      Optional<String> district = value(districtColumn);
      Optional<String> province = value(provinceColumn);
      Optional<String> countryName = value(countryColumn);
      Optional<Country> country = country(countryColumn, "Country");
      Optional<String> latText = value(latitudeColumn);
      Optional<String> lonText = value(longitudeColumn);
      Optional<Coordinates> coordinates = Optional.empty();
      if (latText.isPresent() && lonText.isPresent()) {
        BigDecimal lat = number(latText.get());
        BigDecimal lon = number(lonText.get());
        if (lat == null || lon == null) {
          reject(
              "icews.coordinates.invalid",
              "the Latitude '"
                  + latText.get()
                  + "' and Longitude '"
                  + lonText.get()
                  + "' must both be numbers");
        } else {
          try {
            coordinates = Optional.of(Coordinates.of(lat.doubleValue(), lon.doubleValue()));
          } catch (ValidationException e) {
            reject("icews.coordinates.invalid", e.getMessage());
          }
        }
      } else if (latText.isPresent() || lonText.isPresent()) {
        warn(
            "icews.coordinates.partial",
            "only one of Latitude and Longitude is given ('"
                + latText.orElse(NA)
                + "', '"
                + lonText.orElse(NA)
                + "'); the coordinates are left out");
      }
      if (city.isEmpty()
          && district.isEmpty()
          && province.isEmpty()
          && countryName.isEmpty()
          && coordinates.isEmpty()) {
        return Optional.empty();
      }
      Optional<String> name = Optional.empty();
      if (countryName.isPresent() && country.isEmpty()) {
        name = Optional.of(city.map(c -> c + ", ").orElse("") + countryName.get());
      }
      try {
        return Optional.of(
            Place.builder()
                .name(name)
                .country(country)
                .admin1(province.map(AdminDivision::named))
                .admin2(district.map(AdminDivision::named))
                .locality(city)
                .coordinates(coordinates)
                .build());
      } catch (ValidationException e) {
        // a name of only format or space characters (U+FEFF, U+00A0) is present, and blank
        reject("icews.place.invalid", "the place cannot be built: " + e.getMessage());
        return Optional.empty();
      }
    }
  }

  /** The date {@code text} writes year-month-day ({@code 2018-06-01}); else null. */
  private static @Nullable PartialDate date(String text) {
    if (text.length() != 10) {
      return null;
    }
    try {
      return PartialDate.parse(text);
    } catch (ValidationException e) {
      return null;
    }
  }

  /** The intensity {@code text} writes: a number from -10 to 10; else null. */
  private static @Nullable BigDecimal intensity(String text) {
    BigDecimal number = number(text);
    return number == null
            || number.compareTo(BigDecimal.TEN) > 0
            || number.compareTo(BigDecimal.TEN.negate()) < 0
        ? null
        : number;
  }

  /**
   * The sectors of a Sectors field: its comma-separated parts, stripped, without empty parts, NA
   * and repeats, in order.
   */
  static List<String> sectors(String field) {
    List<String> out = new ArrayList<>(4);
    int start = 0;
    while (start <= field.length()) {
      int comma = field.indexOf(',', start);
      int end = comma < 0 ? field.length() : comma;
      String sector = field.substring(start, end).strip();
      if (!sector.isEmpty() && !sector.equals(NA) && !out.contains(sector)) {
        out.add(sector);
      }
      start = end + 1;
    }
    return List.copyOf(out);
  }

  /** True when {@code text} is an id: a letter or digit, then letters, digits, '.', '_' or '-'. */
  static boolean isId(String text) {
    int n = text.length();
    if (n == 0 || n > MAX_ID_LENGTH || !isAsciiLetterOrDigit(text.charAt(0))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = text.charAt(i);
      if (!isAsciiLetterOrDigit(c) && c != '.' && c != '_' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** True when {@code text} is 1 to {@value #MAX_SENTENCE_DIGITS} ASCII digits. */
  static boolean isDigits(String text) {
    int n = text.length();
    if (n == 0 || n > MAX_SENTENCE_DIGITS) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * The first control character (C0, DEL, C1) or Unicode line or paragraph separator of {@code
   * text}, or -1. All of them are single chars, never surrogates.
   */
  static int firstControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
        return c;
      }
    }
    return -1;
  }

  /** The number written as {@code text}, or null. */
  private static @Nullable BigDecimal number(String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}

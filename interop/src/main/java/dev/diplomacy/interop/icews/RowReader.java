package dev.diplomacy.interop.icews;

import dev.diplomacy.core.codes.CameoCode;
import dev.diplomacy.core.geography.AdminDivision;
import dev.diplomacy.core.geography.Coordinates;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.geography.Place;
import dev.diplomacy.core.time.PartialDate;
import dev.diplomacy.core.validation.ValidationException;
import dev.diplomacy.interop.ImportProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

  /** The longest id: a letter or digit, then up to 100 more characters. */
  private static final int MAX_ID_LENGTH = 101;

  /** The most digits of a Sentence Number. */
  private static final int MAX_SENTENCE_DIGITS = 9;

  private final Map<String, Integer> index = new HashMap<>();
  private final int width;

  /**
   * The sectors of each Sectors field read, made once: the same actors, and so the same fields,
   * come back row after row, and their sectors are then the same strings, whose hashes are known.
   */
  private final Map<String, List<String>> sectorLists = new HashMap<>();

  /** How many places {@link #places} keeps. */
  static final int PLACES_KEPT = 1024;

  /**
   * The places of recent rows by the fields they were read from, the least recently used dropped
   * past {@value #PLACES_KEPT}: rows come back to the same places (a capital, the place of a
   * story), and a place is immutable, so one read without a problem is not read and checked again.
   */
  private final Map<PlaceFields, Place> places =
      new LinkedHashMap<>(2 * PLACES_KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<PlaceFields, Place> eldest) {
          return size() > PLACES_KEPT;
        }
      };

  /** The place columns of a row, as written. */
  private record PlaceFields(
      String city,
      String district,
      String province,
      String country,
      String latitude,
      String longitude) {}

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

  /** The columns of the source or the target actor, with their names for the messages. */
  private record SideColumns(
      int name, String nameLabel, int sectors, int country, String countryLabel) {}

  private RowReader(String[] header) {
    this.width = header.length;
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
  }

  /** The position of the column, or -1 when the header lacks it (and no row is read). */
  private int column(String name) {
    return index.getOrDefault(name, -1);
  }

  private SideColumns sideColumns(String side) {
    return new SideColumns(
        column(side + " Name"),
        side + " Name",
        column(side + " Sectors"),
        column(side + " Country"),
        side + " Country");
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

  /** The row at {@code line}, or null with every reason it cannot be read in {@code problems}. */
  @Nullable IcewsRow read(int line, String text, List<ImportProblem> problems) {
    String[] f = split(text);
    if (f.length != width) {
      problems.add(
          ImportProblem.rejection(
              line,
              "icews.row.columns",
              "expected "
                  + width
                  + " tab-separated columns, as in the header, but found "
                  + f.length));
      return null;
    }
    Fields fields = new Fields(f, line);
    String eventId = fields.value(eventIdColumn).orElse("");
    if (!isId(eventId)) {
      fields.reject(
          "icews.eventId.invalid",
          "the Event ID '"
              + eventId
              + "' is not an id: letters, digits, '.', '_' or '-', at most 101 characters");
    }
    PartialDate date = fields.date();
    CameoCode code = fields.cameoCode();
    Optional<BigDecimal> intensity = fields.intensity();
    Optional<String> storyId = fields.value(storyColumn);
    if (storyId.isPresent() && !isId(storyId.get())) {
      fields.reject(
          "icews.storyId.invalid",
          "the Story ID '" + storyId.get() + "' is not an id: letters, digits, '.', '_' or '-'");
    }
    Optional<String> sentenceText = fields.value(sentenceColumn);
    Optional<Integer> sentence = Optional.empty();
    if (sentenceText.isPresent()) {
      if (isDigits(sentenceText.get())) {
        sentence = Optional.of(Integer.parseInt(sentenceText.get()));
      } else {
        fields.reject(
            "icews.sentence.invalid",
            "the Sentence Number '" + sentenceText.get() + "' is not a whole number");
      }
    }
    IcewsRow.Side source = fields.side(sourceColumns);
    IcewsRow.Side target = fields.side(targetColumns);
    Optional<Place> place = fields.knownPlace();
    Optional<String> publisher = fields.name(publisherColumn, "Publisher");
    problems.addAll(fields.problems);
    if (fields.rejected) {
      return null;
    }
    return new IcewsRow(
        line,
        eventId,
        date,
        source,
        target,
        code,
        fields.value(eventTextColumn),
        intensity,
        storyId,
        sentence,
        publisher,
        place);
  }

  /** The fields of one row, and what is wrong with them. */
  private final class Fields {
    private final String[] f;
    private final int line;
    private final List<ImportProblem> problems = new ArrayList<>();
    private boolean rejected;

    Fields(String[] f, int line) {
      this.f = f;
      this.line = line;
    }

    void reject(String code, String reason) {
      problems.add(ImportProblem.rejection(line, code, reason));
      rejected = true;
    }

    void warn(String code, String reason) {
      problems.add(ImportProblem.warning(line, code, reason));
    }

    /** The column's value, stripped; empty for {@code NA} or nothing. */
    Optional<String> value(int column) {
      String v = f[column].strip();
      return v.isEmpty() || v.equals(NA) ? Optional.empty() : Optional.of(v);
    }

    /**
     * The Event Date, written year-month-day with four digits of year ({@code 2018-06-01}), of a
     * day that exists; else null, with the row rejected.
     */
    @Nullable PartialDate date() {
      Optional<String> text = value(dateColumn);
      if (text.isPresent() && text.get().length() == 10) {
        try {
          return PartialDate.parse(text.get());
        } catch (ValidationException e) {
          // reported below
        }
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
      if (name.isPresent()) {
        int bad = firstControl(name.get());
        if (bad >= 0) {
          String what =
              bad == 0x85 || bad == 0x2028 || bad == 0x2029
                  ? "a line break"
                  : String.format(Locale.ROOT, "the control character U+%04X", bad);
          reject(
              "icews.name.invalid",
              "the " + label + " '" + name.get() + "' has " + what + " in it");
          return Optional.empty();
        }
      }
      return name;
    }

    @Nullable CameoCode cameoCode() {
      String text = value(cameoColumn).orElse(NA);
      if (!CameoCode.isKnown(text)) {
        reject(
            "icews.cameoCode.unknown",
            "the CAMEO Code '"
                + text
                + "' is not a code of the CAMEO 1.1b3 codebook (codes keep their leading zeros: 042)");
        return null;
      }
      return CameoCode.of(text);
    }

    Optional<BigDecimal> intensity() {
      Optional<String> text = value(intensityColumn);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      BigDecimal number = number(text.get());
      if (number == null
          || number.compareTo(BigDecimal.TEN) > 0
          || number.compareTo(BigDecimal.TEN.negate()) < 0) {
        reject(
            "icews.intensity.invalid",
            "the Intensity '" + text.get() + "' is not a number from -10 to 10");
        return Optional.empty();
      }
      return Optional.of(number);
    }

    /** The actor of the source or target side: its name, sectors and country. */
    IcewsRow.Side side(SideColumns side) {
      Optional<String> name = name(side.name(), side.nameLabel());
      Optional<String> sectors = value(side.sectors());
      return new IcewsRow.Side(
          name,
          sectors.isEmpty()
              ? List.of()
              : sectorLists.computeIfAbsent(sectors.get(), RowReader::sectors),
          country(side.country(), side.countryLabel()));
    }

    /** The country the column names; a name that is no country is reported, and read as absent. */
    Optional<Country> country(int column, String label) {
      Optional<String> name = value(column);
      if (name.isEmpty()) {
        return Optional.empty();
      }
      Optional<Country> country = Country.findByName(name.get());
      if (country.isEmpty()) {
        warn(
            "icews.country.unknown",
            "the " + label + " '" + name.get() + "' names no known country; it is left out");
      }
      return country;
    }

    /** The {@link #place()} of the row, found among the places of recent rows when it is there. */
    Optional<Place> knownPlace() {
      PlaceFields key =
          new PlaceFields(
              f[cityColumn],
              f[districtColumn],
              f[provinceColumn],
              f[countryColumn],
              f[latitudeColumn],
              f[longitudeColumn]);
      Place known = places.get(key);
      if (known != null) {
        return Optional.of(known);
      }
      int found = problems.size();
      Optional<Place> place = place();
      if (place.isPresent() && problems.size() == found) {
        places.put(key, place.get());
      }
      return place;
    }

    /**
     * The place of the event: the city as locality, the province and district as its first- and
     * second-order administrative divisions, the country, the coordinates; and, when the row names
     * a country that is not known, the city and that name joined as the place's name, so that the
     * country's name is not lost.
     */
    Optional<Place> place() {
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
      return Optional.of(
          Place.builder()
              .name(name)
              .country(country)
              .admin1(province.map(AdminDivision::named))
              .admin2(district.map(AdminDivision::named))
              .locality(city)
              .coordinates(coordinates)
              .build());
    }
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

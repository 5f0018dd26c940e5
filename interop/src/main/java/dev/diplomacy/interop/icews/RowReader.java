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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,100}");
  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");

  private final Map<String, Integer> index = new HashMap<>();
  private final int width;

  private RowReader(String[] header) {
    this.width = header.length;
    for (int i = 0; i < header.length; i++) {
      index.putIfAbsent(header[i].strip(), i);
    }
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
    String eventId = fields.value("Event ID").orElse("");
    if (!ID.matcher(eventId).matches()) {
      fields.reject(
          "icews.eventId.invalid",
          "the Event ID '"
              + eventId
              + "' is not an id: letters, digits, '.', '_' or '-', at most 101 characters");
    }
    PartialDate date = fields.date();
    CameoCode code = fields.cameoCode();
    Optional<BigDecimal> intensity = fields.intensity();
    Optional<String> storyId = fields.value("Story ID");
    if (storyId.isPresent() && !ID.matcher(storyId.get()).matches()) {
      fields.reject(
          "icews.storyId.invalid",
          "the Story ID '" + storyId.get() + "' is not an id: letters, digits, '.', '_' or '-'");
    }
    Optional<String> sentenceText = fields.value("Sentence Number");
    Optional<Integer> sentence = Optional.empty();
    if (sentenceText.isPresent()) {
      if (DIGITS.matcher(sentenceText.get()).matches()) {
        sentence = Optional.of(Integer.parseInt(sentenceText.get()));
      } else {
        fields.reject(
            "icews.sentence.invalid",
            "the Sentence Number '" + sentenceText.get() + "' is not a whole number");
      }
    }
    IcewsRow.Side source = fields.side("Source");
    IcewsRow.Side target = fields.side("Target");
    Optional<Place> place = fields.place();
    Optional<String> publisher = fields.name("Publisher");
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
        fields.value("Event Text"),
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
    Optional<String> value(String column) {
      String v = f[index.get(column)].strip();
      return v.isEmpty() || v.equals(NA) ? Optional.empty() : Optional.of(v);
    }

    @Nullable PartialDate date() {
      Optional<String> text = value("Event Date");
      if (text.isPresent()) {
        try {
          return PartialDate.of(LocalDate.parse(text.get()));
        } catch (DateTimeParseException e) {
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
    Optional<String> name(String column) {
      Optional<String> name = value(column);
      if (name.isPresent()) {
        int bad =
            name.get()
                .codePoints()
                .filter(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029)
                .findFirst()
                .orElse(-1);
        if (bad >= 0) {
          String what =
              bad == 0x85 || bad == 0x2028 || bad == 0x2029
                  ? "a line break"
                  : String.format(Locale.ROOT, "the control character U+%04X", bad);
          reject(
              "icews.name.invalid",
              "the " + column + " '" + name.get() + "' has " + what + " in it");
          return Optional.empty();
        }
      }
      return name;
    }

    @Nullable CameoCode cameoCode() {
      String text = value("CAMEO Code").orElse(NA);
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
      Optional<String> text = value("Intensity");
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
    IcewsRow.Side side(String side) {
      Optional<String> name = name(side + " Name");
      List<String> sectors =
          value(side + " Sectors")
              .map(
                  s ->
                      Arrays.stream(s.split(","))
                          .map(String::strip)
                          .filter(x -> !x.isEmpty() && !x.equals(NA)))
              .map(s -> s.distinct().collect(Collectors.toList()))
              .orElse(List.of());
      return new IcewsRow.Side(name, sectors, country(side + " Country"));
    }

    /** The country the column names; a name that is no country is reported, and read as absent. */
    Optional<Country> country(String column) {
      Optional<String> name = value(column);
      if (name.isEmpty()) {
        return Optional.empty();
      }
      Optional<Country> country = Country.findByName(name.get());
      if (country.isEmpty()) {
        warn(
            "icews.country.unknown",
            "the " + column + " '" + name.get() + "' names no known country; it is left out");
      }
      return country;
    }

    /**
     * The place of the event: the city as locality, the province and district as its first- and
     * second-order administrative divisions, the country, the coordinates; and, when the row names
     * a country that is not known, the city and that name joined as the place's name, so that the
     * country's name is not lost.
     */
    Optional<Place> place() {
      Optional<String> city = value("City");
      Optional<String> district = value("District");
      Optional<String> province = value("Province");
      Optional<String> countryName = value("Country");
      Optional<Country> country = country("Country");
      Optional<String> latText = value("Latitude");
      Optional<String> lonText = value("Longitude");
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
        name =
            Optional.of(
                List.of(city, countryName).stream()
                    .flatMap(Optional::stream)
                    .collect(Collectors.joining(", ")));
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

  /** The number written as {@code text}, or null. */
  private static @Nullable BigDecimal number(String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}

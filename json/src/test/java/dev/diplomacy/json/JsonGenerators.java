package dev.diplomacy.json;

import static org.quicktheories.generators.SourceDSL.doubles;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.events.EventGenerators;
import dev.diplomacy.core.geography.Area;
import dev.diplomacy.core.geography.AreaKind;
import dev.diplomacy.core.geography.Coordinates;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.geography.Place;
import dev.diplomacy.core.time.DateSpan;
import dev.diplomacy.core.time.PartialDate;
import dev.diplomacy.core.time.When;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid values of every type the binding has, with every optional part.
 */
final class JsonGenerators {

  private static final List<String> TEXTS =
      List.of(
          "Havana",
          "Pyongyang",
          "Kumsusan Palace of the Sun",
          "the Cuban embassy",
          "김정은",
          "Raúl \"el\" Castro",
          "tab\there",
          "line\nbreak",
          "😀 emoji",
          "a/b~c");

  private JsonGenerators() {}

  private static Gen<Integer> range(int min, int max) {
    return Generate.range(min, max);
  }

  private static Gen<Boolean> coin() {
    return Generate.booleans();
  }

  static Gen<PartialDate> partialDates() {
    return in -> {
      int year = range(1, 9999).generate(in);
      int month = range(1, 12).generate(in);
      switch (range(0, 2).generate(in)) {
        case 0:
          return PartialDate.ofYear(year);
        case 1:
          return PartialDate.ofYearMonth(year, month);
        default:
          return PartialDate.of(
              year, month, range(1, YearMonth.of(year, month).lengthOfMonth()).generate(in));
      }
    };
  }

  /**
   * Spans closed, open at their end ({@code 1960/..}) and open at their start ({@code ../1961}).
   */
  static Gen<DateSpan> dateSpans() {
    return partialDates()
        .zip(
            partialDates(),
            range(0, 2),
            (a, b, shape) -> {
              PartialDate start = a.compareTo(b) <= 0 ? a : b;
              PartialDate end = a.compareTo(b) <= 0 ? b : a;
              return shape == 0
                  ? DateSpan.of(start, end)
                  : shape == 1 ? DateSpan.since(start) : DateSpan.until(end);
            });
  }

  static Gen<When> whens() {
    return in -> {
      PartialDate date = partialDates().generate(in);
      When.Builder b = When.builder().date(date);
      if (coin().generate(in)) {
        PartialDate other = partialDates().generate(in);
        if (!other.isBefore(date)) {
          b.until(other);
        }
      }
      if (date.isFullDate() && coin().generate(in)) {
        LocalTime time =
            LocalTime.of(
                range(0, 23).generate(in),
                range(0, 59).generate(in),
                range(0, 1).generate(in) * range(0, 59).generate(in));
        if (coin().generate(in)) {
          time = time.withNano(range(0, 999_999_999).generate(in));
        }
        b.time(time);
        if (coin().generate(in)) {
          b.offset(ZoneOffset.ofTotalSeconds(range(-18 * 60, 18 * 60).generate(in) * 60));
        }
      }
      return b.build();
    };
  }

  static Gen<Coordinates> coordinates() {
    return doubles().between(-90, 90).zip(doubles().between(-180, 180), Coordinates::of);
  }

  static Gen<Place> places() {
    return in -> {
      Place.Builder b = Place.builder();
      boolean any = false;
      if (coin().generate(in)) {
        b.name(Generate.pick(TEXTS).generate(in));
        any = true;
      }
      if (coin().generate(in)) {
        b.country(Generate.pick(Country.all()).generate(in));
        any = true;
      }
      if (coin().generate(in)) {
        b.admin1(EventGenerators.adminDivisions().generate(in));
      }
      if (coin().generate(in)) {
        b.admin2(EventGenerators.adminDivisions().generate(in));
      }
      if (coin().generate(in)) {
        b.locality(Generate.pick(TEXTS).generate(in));
      }
      if (coin().generate(in)) {
        b.venue(Generate.pick(TEXTS).generate(in));
      }
      if (coin().generate(in)) {
        b.island(Generate.pick(TEXTS).generate(in));
        any = true;
      }
      if (coin().generate(in)) {
        Area area = EventGenerators.areas().generate(in);
        b.area(area);
        any = true;
        if (area.areaKind() == AreaKind.INTERNATIONAL_WATERS
            || area.areaKind() == AreaKind.INTERNATIONAL_AIRSPACE) {
          b.country(Optional.empty());
        }
      }
      if (coin().generate(in)) {
        b.coordinates(coordinates().generate(in));
      }
      if (coin().generate(in)) {
        b.geonamesId(Generate.longRange(1, Long.MAX_VALUE).generate(in));
      }
      if (!any) {
        b.country(Country.of("CU"));
      }
      return b.build();
    };
  }

  /** Any JSON value, nested up to {@code depth} levels, numbers exact and of every form. */
  static Gen<ExtensionValue> extensionValues(int depth) {
    return in -> {
      int kind = range(0, depth > 0 ? 6 : 4).generate(in);
      switch (kind) {
        case 0:
          return ExtensionValue.of(Generate.pick(TEXTS).generate(in));
        case 1:
          BigDecimal unscaled =
              BigDecimal.valueOf(Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE).generate(in));
          return ExtensionValue.of(unscaled.scaleByPowerOfTen(range(-400, 400).generate(in)));
        case 2:
          return ExtensionValue.of(coin().generate(in));
        case 3:
          return ExtensionValue.ofNull();
        case 4:
          return ExtensionValue.of(Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE).generate(in));
        case 5:
          List<ExtensionValue> values = new ArrayList<>();
          for (int i = range(0, 3).generate(in); i > 0; i--) {
            values.add(extensionValues(depth - 1).generate(in));
          }
          return new ExtensionValue.ListValue(values);
        default:
          Map<String, ExtensionValue> members = new LinkedHashMap<>();
          for (int i = range(0, 3).generate(in); i > 0; i--) {
            members.put(Generate.pick(TEXTS).generate(in), extensionValues(depth - 1).generate(in));
          }
          return new ExtensionValue.MapValue(members);
      }
    };
  }

  /** Notes with extensions, namespaced and plain, for the lenient round trip. */
  static Gen<TestNote> notes() {
    return in -> {
      TestNote.Builder b = TestNote.builder().text(Generate.pick(TEXTS).generate(in));
      for (int i = range(0, 3).generate(in); i > 0; i--) {
        String name =
            Generate.pick(List.of("acme:confidence", "icews:storyId", "newField", "x-y:z", "plain"))
                .generate(in);
        b.putExtension(name, extensionValues(3).generate(in));
      }
      return b.build();
    };
  }
}

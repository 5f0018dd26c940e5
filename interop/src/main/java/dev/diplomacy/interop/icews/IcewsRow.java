package dev.diplomacy.interop.icews;

import dev.diplomacy.core.codes.CameoCode;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.geography.Place;
import dev.diplomacy.core.time.PartialDate;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** One data row of an ICEWS file, its values checked and {@code NA} read as absent. */
record IcewsRow(
    int line,
    String eventId,
    PartialDate date,
    Side source,
    Side target,
    CameoCode cameoCode,
    Optional<String> eventText,
    Optional<BigDecimal> intensity,
    Optional<String> storyId,
    Optional<Integer> sentence,
    Optional<String> publisher,
    Optional<Place> place) {

  /**
   * The source or target actor as the row gives it; no name when the field is {@code NA}. One side
   * is handed to every recent row that repeats its fields, and it keeps the actor its name was
   * found to be ({@link ActorTable#actor}): a spelling names one actor for good, which is then
   * found again without a lookup.
   */
  static final class Side {
    private final Optional<String> name;
    private final List<String> sectors;
    private final Optional<Country> country;
    ActorTable.@Nullable Entry actor;

    Side(Optional<String> name, List<String> sectors, Optional<Country> country) {
      this.name = name;
      this.sectors = sectors;
      this.country = country;
    }

    Optional<String> name() {
      return name;
    }

    List<String> sectors() {
      return sectors;
    }

    Optional<Country> country() {
      return country;
    }
  }
}

package dev.diplomacy.interop.icews;

import dev.diplomacy.core.codes.CameoCode;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.geography.Place;
import dev.diplomacy.core.time.PartialDate;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

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

  /** The source or target actor as the row gives it; no name when the field is {@code NA}. */
  record Side(Optional<String> name, List<String> sectors, Optional<Country> country) {}
}

package dev.diplomacy.core.analysis;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.codes.CameoCode;
import dev.diplomacy.core.events.EventKind;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.time.PartialDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** Hand-made rows for the tests of the analysis package. */
final class AnalysisFixtures {

  private AnalysisFixtures() {}

  static EventRow.RowActor actor(String id, String name, String country) {
    return new EventRow.RowActor(
        Id.of(id), name, country == null ? Optional.empty() : Optional.of(Country.of(country)));
  }

  static final EventRow.RowActor US = actor("united-states", "United States", "US");
  static final EventRow.RowActor TRUMP = actor("donald-trump", "Donald Trump", "US");
  static final EventRow.RowActor KP = actor("north-korea", "North Korea", "KP");
  static final EventRow.RowActor CN = actor("china", "China", "CN");
  static final EventRow.RowActor NGO = actor("some-ngo", "Some NGO", null);

  /** A row coded by ICEWS with the code and the dataset's own figure. */
  static EventRow row(
      String id,
      PartialDate date,
      String cameo,
      double goldstein,
      List<EventRow.RowActor> sources,
      List<EventRow.RowActor> targets) {
    CameoCode code = CameoCode.of(cameo);
    return new EventRow(
        Id.of(id),
        EventKind.CODED,
        Optional.ofNullable(date),
        "icews",
        Optional.of(id),
        Optional.of(code),
        Optional.of(code.quadClass()),
        OptionalDouble.of(goldstein),
        sources,
        targets,
        Optional.empty(),
        Optional.empty());
  }
}

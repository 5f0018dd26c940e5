package dev.diplomacy.core.dossier;

import static dev.diplomacy.core.dossier.DossierValidatorTest.ANNA;
import static dev.diplomacy.core.dossier.DossierValidatorTest.PAPER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.events.EventLink;
import dev.diplomacy.core.events.LinkKind;
import dev.diplomacy.core.events.Statement;
import dev.diplomacy.core.sources.Citation;
import dev.diplomacy.core.time.PartialDate;
import dev.diplomacy.core.time.When;
import dev.diplomacy.core.validation.Finding;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The rules of dates of links across a dossier: {@code dossier.follows.before}, {@code
 * dossier.respondsTo.before} and {@code dossier.partOf.outside}, with dates compared as far as they
 * are known.
 */
class LinkDatesTest {

  private static Statement said(String id, When when, EventLink... links) {
    return Statement.builder()
        .id(Id.of(id))
        .speaker(ANNA)
        .when(when)
        .addCitation(Citation.of(PAPER))
        .addLinks(links)
        .build();
  }

  private static List<Finding> findings(Event... events) {
    return DossierValidatorTest.base().addEvents(events).build().validate().findings().stream()
        .filter(
            f ->
                f.code().startsWith("dossier.follows")
                    || f.code().contains("respondsTo")
                    || f.code().startsWith("dossier.partOf"))
        .toList();
  }

  @Test
  void anEventCannotFollowOrRespondToOneThatBeganAfterIt() {
    Statement visit = said("visit", When.on("2020-01-10"));
    assertThat(
            findings(
                visit,
                said("early", When.on("2020-01-09"), EventLink.follows(Id.of("visit"))),
                said(
                    "early-answer",
                    When.on("2020-01-09"),
                    EventLink.of(LinkKind.RESPONDS_TO, Id.of("visit"))),
                said("same-day", When.on("2020-01-10"), EventLink.follows(Id.of("visit"))),
                said("later", When.on("2020-01-11"), EventLink.follows(Id.of("visit")))))
        .extracting(Finding::path, Finding::code)
        .containsExactly(
            tuple("events[1].links[0].target", "dossier.follows.before"),
            tuple("events[2].links[0].target", "dossier.respondsTo.before"));
  }

  @Test
  void aDayInsideAMonthIsNotBeforeIt() {
    Statement january = said("january", When.on("2020-01"));
    assertThat(
            findings(
                january,
                said("day", When.on("2020-01-01"), EventLink.follows(Id.of("january"))),
                said("part", When.on("2020-01-31"), EventLink.partOf(Id.of("january"))),
                said("year", When.on("2020"), EventLink.follows(Id.of("january")))))
        .isEmpty();
    assertThat(
            findings(
                january,
                said("december", When.on("2019-12-31"), EventLink.follows(Id.of("january")))))
        .extracting(Finding::code)
        .containsExactly("dossier.follows.before");
  }

  @Test
  void aPartLiesWithinTheDatesOfTheWhole() {
    Statement visit =
        said(
            "visit",
            When.between(PartialDate.parse("2020-01-10"), PartialDate.parse("2020-01-12")));
    assertThat(
            findings(
                visit,
                said("inside", When.on("2020-01-12"), EventLink.partOf(Id.of("visit"))),
                said("before", When.on("2020-01-09"), EventLink.partOf(Id.of("visit"))),
                said("after", When.on("2020-01-13"), EventLink.partOf(Id.of("visit"))),
                said(
                    "overlapping",
                    When.between(PartialDate.parse("2020-01-11"), PartialDate.parse("2020-01-14")),
                    EventLink.partOf(Id.of("visit")))))
        .extracting(Finding::path, Finding::code)
        .containsExactly(
            tuple("events[2].links[0].target", "dossier.partOf.outside"),
            tuple("events[3].links[0].target", "dossier.partOf.outside"),
            tuple("events[4].links[0].target", "dossier.partOf.outside"));
  }

  @Test
  void anUndatedEventIsNotCheckedAgainstDates() {
    Statement undated =
        Statement.builder()
            .id(Id.of("undated"))
            .speaker(ANNA)
            .addCitation(Citation.of(PAPER))
            .build();
    assertThat(
            findings(
                undated, said("dated", When.on("2020-01-09"), EventLink.follows(Id.of("undated")))))
        .isEmpty();
  }

  /**
   * For dates of any precision, an event that follows another is refused exactly when its last day
   * comes before the first day of the other; one that is part of another exactly when it has a day
   * before the other's first or after the other's last, as far as the dates tell.
   */
  @Test
  void theRulesHoldForDatesOfEveryPrecision() {
    Random random = new Random(7);
    for (int i = 0; i < 500; i++) {
      PartialDate a = randomDate(random);
      PartialDate b = randomDate(random);
      List<Finding> follows =
          findings(said("b", When.on(b)), said("a", When.on(a), EventLink.follows(Id.of("b"))));
      assertThat(!follows.isEmpty()).as(a + " follows " + b).isEqualTo(a.end().isBefore(b.start()));
      List<Finding> part =
          findings(said("b", When.on(b)), said("a", When.on(a), EventLink.partOf(Id.of("b"))));
      assertThat(!part.isEmpty())
          .as(a + " part of " + b)
          .isEqualTo(a.end().isBefore(b.start()) || a.start().isAfter(b.end()));
    }
  }

  /** A date of January 2020 or of 2019 to 2020, known to the year, the month or the day. */
  private static PartialDate randomDate(Random random) {
    int year = 2019 + random.nextInt(2);
    int month = 12 - random.nextInt(2) * 11; // December or January
    switch (random.nextInt(3)) {
      case 0:
        return PartialDate.ofYear(year);
      case 1:
        return PartialDate.ofYearMonth(year, month);
      default:
        return PartialDate.of(year, month, 1 + random.nextInt(31));
    }
  }
}

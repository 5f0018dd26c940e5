package dev.diplomacy.core.dossier;

import static dev.diplomacy.core.dossier.DossierValidatorTest.ANNA;
import static dev.diplomacy.core.dossier.DossierValidatorTest.BORIS;
import static dev.diplomacy.core.dossier.DossierValidatorTest.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.events.EventLink;
import dev.diplomacy.core.events.LinkKind;
import dev.diplomacy.core.events.Message;
import dev.diplomacy.core.events.Statement;
import dev.diplomacy.core.validation.Finding;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rule {@code dossier.reply.cycle}: which events answer themselves through a chain of replies,
 * found in time linear in the events and links. A walk of the chain from every event took 8.8 s for
 * 10,000 messages and did not end in 15 minutes for 100,000; each case here is bounded at 30 s,
 * which linear work meets with a wide margin on a slow, busy machine.
 */
class ReplyCyclesTest {

  private static final Duration GENEROUS = Duration.ofSeconds(30);

  /** Message {@code m<i>}, from Anna to Boris when {@code i} is even, the other way when odd. */
  private static Message m(int i, EventLink... links) {
    return i % 2 == 0
        ? message("m" + i, ANNA, BORIS, "2020-01-10").withLinks(links)
        : message("m" + i, BORIS, ANNA, "2020-01-10").withLinks(links);
  }

  /** Messages {@code m0 ... m(n-1)}, each but the first replying to the one before. */
  private static List<Event> chain(int n) {
    List<Event> events = new ArrayList<>(n);
    events.add(m(0));
    for (int i = 1; i < n; i++) {
      events.add(m(i, EventLink.replyTo(Id.of("m" + (i - 1)))));
    }
    return events;
  }

  private static List<Finding> cycleFindings(Dossier d) {
    return d.validate().findings().stream()
        .filter(f -> f.code().equals("dossier.reply.cycle"))
        .toList();
  }

  @Test
  void aLongChainOfRepliesIsNoCycleAndIsValidatedInLinearTime() {
    Dossier d = DossierValidatorTest.base().addAllEvents(chain(100_000)).build();
    ValidationReport report = assertTimeoutPreemptively(GENEROUS, d::validate);
    assertThat(report.findings()).isEmpty();
  }

  @Test
  void everyMessageOfALongCycleIsReportedInLinearTime() {
    int n = 10_000;
    List<Event> events = chain(n);
    events.set(0, m(0, EventLink.replyTo(Id.of("m" + (n - 1)))));
    Dossier d = DossierValidatorTest.base().addAllEvents(events).build();
    List<Finding> cycle = assertTimeoutPreemptively(GENEROUS, () -> cycleFindings(d));
    assertThat(cycle).hasSize(n);
    assertThat(cycle.get(0).path()).isEqualTo("events[0].links[0].target");
    assertThat(cycle.get(n - 1).path()).isEqualTo("events[" + (n - 1) + "].links[0].target");
    assertThat(cycle.get(n - 1).message())
        .isEqualTo("the replies of m" + (n - 1) + " go round in a circle back to it");
  }

  @Test
  void onlyTheEventsOnTheCycleAreReportedNotThoseLeadingIntoIt() {
    // m2 answers m1 and m3 answers m2, as in the chain; m1 follows m0 but answers m3: m1, m2 and
    // m3 go round, m0 stays outside. A statement answering m2 leads into the circle, not round it.
    List<Event> events = chain(4);
    events.set(
        1, m(1, EventLink.of(LinkKind.FOLLOWS, Id.of("m0")), EventLink.replyTo(Id.of("m3"))));
    events.add(
        Statement.builder()
            .id(Id.of("said"))
            .speaker(ANNA)
            .content("On the letters")
            .addLink(EventLink.replyTo(Id.of("m2")))
            .build());
    Dossier d = DossierValidatorTest.base().addAllEvents(events).build();
    assertThat(cycleFindings(d))
        .extracting(Finding::path)
        .containsExactly(
            "events[1].links[1].target", "events[2].links[0].target", "events[3].links[0].target");
  }

  @Test
  void anEventWithSeveralRepliesIsOnACycleWhenAnyOfThemLeadsBack() {
    // A statement may answer more than one message: "said" answers m0 and m1, m1 answers "said".
    // Each is reported at the reply that leads back: "said" at its second, to m1.
    Event said =
        Statement.builder()
            .id(Id.of("said"))
            .speaker(ANNA)
            .content("On both letters")
            .addLink(EventLink.replyTo(Id.of("m0")))
            .addLink(EventLink.replyTo(Id.of("m1")))
            .build();
    List<Event> events = chain(2);
    events.set(1, m(1, EventLink.replyTo(Id.of("said"))));
    events.add(said);
    Dossier d = DossierValidatorTest.base().addAllEvents(events).build();
    assertThat(cycleFindings(d))
        .extracting(Finding::path)
        .containsExactly("events[1].links[0].target", "events[2].links[1].target");
  }
}

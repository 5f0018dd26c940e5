package dev.diplomacy.core.dossier;

import static dev.diplomacy.core.dossier.DossierValidatorTest.ANNA;
import static dev.diplomacy.core.dossier.DossierValidatorTest.PAPER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.actors.Actor;
import dev.diplomacy.core.actors.Name;
import dev.diplomacy.core.actors.Organization;
import dev.diplomacy.core.actors.OrganizationKind;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.events.EventLink;
import dev.diplomacy.core.events.Statement;
import dev.diplomacy.core.sources.Citation;
import dev.diplomacy.core.sources.Source;
import dev.diplomacy.core.validation.Finding;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The circles of references other than replies ({@link ReplyCyclesTest}): events part of themselves
 * ({@code dossier.partOf.cycle}), organisations their own parent ({@code dossier.parent.cycle}),
 * sources based on themselves ({@code dossier.basedOn.cycle}), each found by the one finder in time
 * linear in the chain; each long case is bounded at 30 s, which linear work meets with a wide
 * margin on a slow, busy machine.
 */
class CyclesTest {

  private static final Duration GENEROUS = Duration.ofSeconds(30);

  private static Statement part(int i, EventLink... links) {
    return Statement.builder()
        .id(Id.of("e" + i))
        .speaker(ANNA)
        .addCitation(Citation.of(PAPER))
        .addLinks(links)
        .build();
  }

  private static Organization org(int i, int parent) {
    Organization.Builder b =
        Organization.builder()
            .id(Id.of("o" + i))
            .name(Name.of("Organisation " + i))
            .organizationKind(OrganizationKind.MINISTRY);
    if (parent >= 0) {
      b.parent(Id.of("o" + parent));
    }
    return b.build();
  }

  private static Source source(int i, int... basedOn) {
    Source.Builder b = Source.builder().id(Id.of("s" + i)).title("Source " + i);
    for (int j : basedOn) {
      b.addBasedOn(Id.of("s" + j));
    }
    return b.build();
  }

  private static List<Finding> withCode(Dossier d, String code) {
    return d.validate().findings().stream().filter(f -> f.code().equals(code)).toList();
  }

  @Test
  void anEventPartOfItselfThroughOthersIsRefusedAtTheLinkThatLeadsBack() {
    // e0 is part of e1, e1 of e2 and of e3, e2 of e0: e0, e1, e2 go round; e3 is outside.
    List<Event> events =
        List.of(
            part(0, EventLink.partOf(Id.of("e1"))),
            part(1, EventLink.partOf(Id.of("e3")), EventLink.partOf(Id.of("e2"))),
            part(2, EventLink.partOf(Id.of("e0"))),
            part(3));
    Dossier d = DossierValidatorTest.base().addAllEvents(events).build();
    assertThat(withCode(d, "dossier.partOf.cycle"))
        .extracting(Finding::path)
        .containsExactly(
            "events[0].links[0].target", "events[1].links[1].target", "events[2].links[0].target");
    assertThat(withCode(d, "dossier.partOf.cycle").get(0).message())
        .isEqualTo("the events that contain e0 go round in a circle back to it");
    assertThat(withCode(d, "dossier.reply.cycle")).isEmpty();
  }

  @Test
  void aLongChainOfPartsIsNoCycleAndALongCycleIsFoundInLinearTime() {
    int n = 100_000;
    List<Event> events = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      events.add(i + 1 < n ? part(i, EventLink.partOf(Id.of("e" + (i + 1)))) : part(i));
    }
    Dossier chain = DossierValidatorTest.base().addAllEvents(events).build();
    assertThat(assertTimeoutPreemptively(GENEROUS, () -> withCode(chain, "dossier.partOf.cycle")))
        .isEmpty();
    events.set(n - 1, part(n - 1, EventLink.partOf(Id.of("e0"))));
    Dossier cycle = DossierValidatorTest.base().addAllEvents(events).build();
    assertThat(assertTimeoutPreemptively(GENEROUS, () -> withCode(cycle, "dossier.partOf.cycle")))
        .hasSize(n);
  }

  @Test
  void anOrganisationCannotBeItsOwnParentThroughOthers() {
    List<Actor> actors = List.of(org(0, 1), org(1, 2), org(2, 0), org(3, 0), org(4, -1));
    Dossier d = DossierValidatorTest.base().addAllActors(actors).build();
    assertThat(withCode(d, "dossier.parent.cycle"))
        .extracting(Finding::path, Finding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "actors[3].parent", "the parents of o0 go round in a circle back to it"),
            org.assertj.core.groups.Tuple.tuple(
                "actors[4].parent", "the parents of o1 go round in a circle back to it"),
            org.assertj.core.groups.Tuple.tuple(
                "actors[5].parent", "the parents of o2 go round in a circle back to it"));
  }

  @Test
  void aLongCycleOfParentsIsFoundInLinearTime() {
    int n = 100_000;
    List<Actor> actors = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      actors.add(org(i, (i + 1) % n));
    }
    Dossier d = DossierValidatorTest.base().addAllActors(actors).build();
    assertThat(assertTimeoutPreemptively(GENEROUS, () -> withCode(d, "dossier.parent.cycle")))
        .hasSize(n);
  }

  @Test
  void aSourceCannotBeBasedOnItselfThroughOthers() {
    // s0 is based on s2 (outside) and s1; s1 on s0: s0 and s1 go round, s2 and s3 do not.
    List<Source> sources = List.of(source(0, 2, 1), source(1, 0), source(2), source(3, 0));
    Dossier d = DossierValidatorTest.base().addAllSources(sources).build();
    assertThat(withCode(d, "dossier.basedOn.cycle"))
        .extracting(Finding::path)
        .containsExactly("sources[1].basedOn[1]", "sources[2].basedOn[0]");
  }

  @Test
  void aLongCycleOfSourcesIsFoundInLinearTime() {
    int n = 100_000;
    List<Source> sources = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      sources.add(source(i, (i + 1) % n));
    }
    Dossier d = DossierValidatorTest.base().addAllSources(sources).build();
    assertThat(assertTimeoutPreemptively(GENEROUS, () -> withCode(d, "dossier.basedOn.cycle")))
        .hasSize(n);
  }
}

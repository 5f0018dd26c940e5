package dev.diplomacy.core.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.validation.Finding;
import dev.diplomacy.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The participants' rules of a meeting hold for lists of any length: a few participants are
 * compared pairwise and many through sets, and both find what a plain reading of the rules finds.
 * The lists are drawn from few actors, so that actors come back, and in every role a meeting allows
 * but the host's (at most one, a rule of its own).
 */
class MeetingParticipantsProperties {

  private static final Role[] ROLES = {
    Role.PARTICIPANT, Role.GUEST, Role.HEAD_OF_DELEGATION, Role.DELEGATION_MEMBER, Role.MEDIATOR
  };

  private static Gen<List<Participant>> participants() {
    return in -> {
      int n = Generate.range(0, 40).generate(in);
      int actors = Generate.range(1, 45).generate(in);
      List<Participant> ps = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Id actor = Id.of("actor-" + Generate.range(0, actors - 1).generate(in));
        ps.add(Participant.of(actor, ROLES[Generate.range(0, ROLES.length - 1).generate(in)]));
      }
      return ps;
    };
  }

  @Test
  void duplicatesDistinctActorsAndSidesAreFoundAsTheRulesSay() {
    qt().withExamples(2_000)
        .forAll(participants(), Generate.booleans())
        .checkAssert(
            (ps, bilateral) -> {
              List<String> expected = new ArrayList<>();
              Set<Id> seen = new HashSet<>();
              Set<Id> sides = new HashSet<>();
              for (int i = 0; i < ps.size(); i++) {
                if (!seen.add(ps.get(i).actor())) {
                  expected.add("meeting.participants.duplicate participants[" + i + "]");
                }
                if (ps.get(i).role() != Role.DELEGATION_MEMBER) {
                  sides.add(ps.get(i).actor());
                }
              }
              if (seen.size() < 2) {
                expected.add("meeting.participants.distinct participants");
              }
              if (bilateral && sides.size() != 2) {
                expected.add("meeting.format.bilateral format");
              }
              Meeting.Builder b = Meeting.builder().id(Id.of("m")).participants(ps);
              if (bilateral) {
                b.format(MeetingFormat.BILATERAL);
              }
              List<String> found = new ArrayList<>();
              try {
                b.build();
              } catch (ValidationException e) {
                for (Finding f : e.findings()) {
                  found.add(f.code() + " " + f.path());
                }
              }
              assertThat(found).containsExactlyElementsOf(expected);
            });
  }
}

package dev.diplomacy.core.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.events.EventGenerators;
import dev.diplomacy.core.events.Meeting;
import dev.diplomacy.core.events.MeetingFormat;
import dev.diplomacy.core.events.Participant;
import dev.diplomacy.core.events.Role;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.geography.Place;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class EventCodingProperties {

  private static final int EXAMPLES = 500;

  /**
   * Meetings of every format but bilateral (which {@link EventCoding} treats like no format),
   * hosted or not, with or without a country.
   */
  private static Gen<Meeting> meetings() {
    Gen<Role> roles =
        Generate.pick(
            List.of(Role.PARTICIPANT, Role.GUEST, Role.HEAD_OF_DELEGATION, Role.MEDIATOR));
    Gen<Optional<MeetingFormat>> formats =
        Generate.pick(
            List.of(
                Optional.empty(),
                Optional.of(MeetingFormat.MULTILATERAL),
                Optional.of(MeetingFormat.PHONE),
                Optional.of(MeetingFormat.VIDEO)));
    Gen<Optional<Place>> places =
        Generate.pick(List.of(Optional.empty(), Optional.of(Place.of(Country.of("SG")))));
    return in -> {
      List<Id> actors = EventGenerators.distinctActors(2, 5).generate(in);
      boolean hosted = Generate.booleans().generate(in);
      List<Participant> participants = new ArrayList<>();
      for (int i = 0; i < actors.size(); i++) {
        participants.add(
            Participant.of(actors.get(i), hosted && i == 0 ? Role.HOST : roles.generate(in)));
      }
      return Meeting.builder()
          .id(Id.of("m"))
          .participants(participants)
          .format(formats.generate(in))
          .place(places.generate(in))
          .build();
    };
  }

  /** Events of every typed kind. */
  private static Gen<Event> typedEvents() {
    return Generate.oneOf(
        meetings().map(e -> (Event) e),
        EventGenerators.messages().map(e -> (Event) e),
        EventGenerators.supportPledges().map(e -> (Event) e),
        EventGenerators.visits().map(e -> (Event) e),
        EventGenerators.delegations().map(e -> (Event) e),
        EventGenerators.mournings().map(e -> (Event) e),
        EventGenerators.statements().map(e -> (Event) e),
        EventGenerators.materialTransfers().map(e -> (Event) e),
        EventGenerators.agreements().map(e -> (Event) e));
  }

  @Test
  void everyTypedEventCodesToACodeOfTheCodebookWithItsPloverCategoryOrGap() {
    qt().withExamples(EXAMPLES)
        .forAll(typedEvents())
        .checkAssert(
            e -> {
              Coding c = EventCoding.of(e);
              assertThat(CameoCodebook.all()).contains(c.cameo());
              assertThat(c.plover()).isEqualTo(PloverTable.forCameo(c.cameo()));
              assertThat(c.plover().isPresent()).isNotEqualTo(c.ploverGap().isPresent());
              assertThat(c.notes()).allSatisfy(n -> assertThat(n).isNotBlank());
            });
  }
}

package dev.diplomacy.core.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.actors.Name;
import dev.diplomacy.core.actors.Person;
import dev.diplomacy.core.actors.State;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.events.EventGenerators;
import dev.diplomacy.core.events.EventKind;
import dev.diplomacy.core.geography.Country;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class DirectedCodingProperties {

  private static final int EXAMPLES = 1000;

  /** An event of any kind with a dossier of its actors, each of a country of the places or none. */
  private record EventInDossier(Event event, Dossier dossier) {}

  private static Gen<EventInDossier> eventsInDossiers() {
    Gen<Optional<Country>> countries =
        Generate.pick(
            List.of(
                Optional.empty(),
                Optional.of(Country.of("KP")),
                Optional.of(Country.of("CU")),
                Optional.of(Country.of("RU")),
                Optional.of(Country.of("SY"))));
    return in -> {
      Event event = EventGenerators.events().generate(in);
      Dossier.Builder dossier = Dossier.builder();
      for (Id id : event.actorIds()) {
        Optional<Country> country = countries.generate(in);
        if (country.isPresent() && Generate.booleans().generate(in)) {
          dossier.addActors(State.of(id, country.get()));
        } else {
          dossier.addActors(
              Person.builder().id(id).name(Name.of(id.value())).nationality(country).build());
        }
      }
      return new EventInDossier(event, dossier.build());
    };
  }

  @Test
  void everyCodingNamesActorsOfTheEventWithACodeOfTheCodebook() {
    qt().withExamples(EXAMPLES)
        .forAll(eventsInDossiers())
        .checkAssert(
            ed -> {
              Event e = ed.event();
              List<DirectedCoding> codings = EventCoding.codings(e, ed.dossier());
              assertThat(codings.isEmpty()).isEqualTo(e.kind() == EventKind.OPAQUE);
              Set<Id> actors = e.actorIds();
              for (DirectedCoding c : codings) {
                assertThat(CameoCodebook.all()).contains(c.cameo());
                assertThat(actors).containsAll(c.sources()).containsAll(c.targets());
                assertThat(c.sources().size() + c.targets().size()).isPositive();
                assertThat(c.coding().notes()).allSatisfy(n -> assertThat(n).isNotBlank());
              }
              if (!codings.isEmpty()) {
                assertThat(EventCoding.of(e, ed.dossier())).isEqualTo(codings.get(0).coding());
                assertThat(EventCoding.of(e)).isEqualTo(EventCoding.codings(e).get(0).coding());
              }
            });
  }

  @Test
  void aSideHoldsEachIdOnceInItsOrderAsALinkedHashSetWould() {
    Coding coding = Coding.of(CameoCode.of("040"));
    qt().withExamples(EXAMPLES)
        .forAll(
            lists()
                .of(integers().between(0, 30).map(i -> Id.of("actor-" + i)))
                .ofSizeBetween(0, 40))
        .checkAssert(
            ids -> {
              Set<Id> expected = new LinkedHashSet<>(ids);
              Set<Id> side = DirectedCoding.of(coding, ids, List.of()).sources();
              assertThat(side).containsExactlyElementsOf(expected);
              assertThat(side).isEqualTo(expected).hasSameHashCodeAs(expected);
              assertThat(side).hasSize(expected.size());
              for (int i = 0; i <= 30; i++) {
                Id id = Id.of("actor-" + i);
                assertThat(side.contains(id)).isEqualTo(expected.contains(id));
              }
              assertThat(side.contains(null)).isFalse();
              assertThat(side.contains("actor-1")).isFalse();
            });
  }
}

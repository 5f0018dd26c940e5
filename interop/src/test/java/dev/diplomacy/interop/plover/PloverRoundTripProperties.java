package dev.diplomacy.interop.plover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.actors.Actor;
import dev.diplomacy.core.actors.Name;
import dev.diplomacy.core.actors.Organization;
import dev.diplomacy.core.actors.OrganizationKind;
import dev.diplomacy.core.actors.Person;
import dev.diplomacy.core.actors.State;
import dev.diplomacy.core.codes.EventCoding;
import dev.diplomacy.core.codes.PloverCategory;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.events.EventGenerators;
import dev.diplomacy.core.events.OpaqueEvent;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.sources.Source;
import dev.diplomacy.core.validation.ValidationException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Exporting any dossier to PLOVER and importing the records again. */
class PloverRoundTripProperties {

  /** The actors of the generators' pool: states of distinct countries, people and organisations. */
  private static final List<Actor> ACTORS = actors();

  private static List<Actor> actors() {
    List<Actor> out = new ArrayList<>();
    for (int n = 0; n < 40; n++) {
      Id id = Id.of("actor-" + n);
      Country country = Country.all().get(n);
      if (n % 3 == 0) {
        out.add(State.of(id, country));
      } else if (n % 3 == 1) {
        out.add(Person.builder().id(id).name(Name.of("Person " + n)).nationality(country).build());
      } else {
        out.add(
            Organization.builder()
                .id(id)
                .name(Name.of("Organisation " + n))
                .organizationKind(OrganizationKind.values()[n % OrganizationKind.values().length])
                .build());
      }
    }
    return out;
  }

  private static Dossier dossier(List<Event> generated) {
    Map<Id, Event> events = new LinkedHashMap<>();
    generated.forEach(e -> events.putIfAbsent(e.id(), e));
    return Dossier.builder()
        .actors(ACTORS)
        .events(events.values())
        .addSources(
            Source.builder().id(Id.of("source-0")).title("Source 0").build(),
            Source.builder().id(Id.of("source-1")).title("Source 1").language("en").build())
        .build();
  }

  private static @Nullable PloverCategory category(Event e, Dossier d) {
    if (e instanceof OpaqueEvent) {
      return null;
    }
    try {
      return EventCoding.of(e, d).plover().map(m -> m.category()).orElse(null);
    } catch (ValidationException unknownCode) {
      return null;
    }
  }

  private static Set<Id> all(List<List<Id>> sides) {
    Set<Id> ids = new HashSet<>(sides.get(0));
    ids.addAll(sides.get(1));
    return ids;
  }

  @Test
  void everyEventIsWrittenOrListedAndReadsBackWithItsCategoryAndActors() {
    qt().withExamples(300)
        .forAll(lists().of(EventGenerators.events()).ofSizeBetween(0, 12))
        .checkAssert(
            generated -> {
              Dossier dossier = dossier(generated);
              StringWriter out = new StringWriter();
              PloverExport export;
              PloverImport back;
              try {
                export = PloverExporter.write(dossier, out);
                back = PloverImporter.read(new StringReader(out.toString()));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              assertThat(export.linesWritten() + export.notExported().size())
                  .isEqualTo(dossier.events().size());
              assertThat(back.recordsRead()).isEqualTo(export.linesWritten());
              assertThat(back.rejected()).isZero();
              assertThat(back.imported()).isEqualTo((int) export.linesWritten());
              Set<Id> notExported =
                  export.notExported().stream().map(n -> n.event()).collect(Collectors.toSet());
              Map<Id, Event> again =
                  back.dossier().events().stream()
                      .collect(Collectors.toMap(Event::id, Function.identity()));
              for (Event e : dossier.events()) {
                PloverCategory category = category(e, dossier);
                assertThat(notExported.contains(e.id())).isEqualTo(category == null);
                if (category == null) {
                  continue;
                }
                Event b = again.get(e.id());
                assertThat(category(b, back.dossier())).isEqualTo(category);
                if (category == PloverCategory.CONSULT) {
                  // a phone call read back has no host: its actors are all sources
                  assertThat(all(PloverExporter.sides(b))).isEqualTo(all(PloverExporter.sides(e)));
                } else {
                  assertThat(PloverExporter.sides(b)).isEqualTo(PloverExporter.sides(e));
                }
                for (Id actor : b.actorIds()) {
                  assertThat(back.dossier().actor(actor).orElseThrow().name())
                      .isEqualTo(dossier.actor(actor).orElseThrow().name());
                }
              }
            });
  }
}

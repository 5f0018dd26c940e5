package dev.diplomacy.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.actors.Name;
import dev.diplomacy.core.actors.Person;
import dev.diplomacy.core.actors.State;
import dev.diplomacy.core.codes.CameoCode;
import dev.diplomacy.core.codes.DatasetCoding;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.events.OpaqueEvent;
import dev.diplomacy.core.events.Participant;
import dev.diplomacy.core.events.Visit;
import dev.diplomacy.core.geography.AdminDivision;
import dev.diplomacy.core.geography.Coordinates;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.geography.Place;
import dev.diplomacy.core.sources.Citation;
import dev.diplomacy.core.time.When;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EventRowsTest {

  private static final State US = State.of(Country.of("US"));
  private static final State KP = State.of(Country.of("KP"));
  private static final Person TRUMP =
      Person.builder()
          .id(Id.of("donald-trump"))
          .name(Name.of("Donald Trump"))
          .nationality(Country.of("US"))
          .build();

  private static final Visit VISIT =
      Visit.builder()
          .id(Id.of("visit"))
          .when(When.on("2018-06-12"))
          .place(
              Place.builder()
                  .locality("Pyongyang")
                  .country(Country.of("KP"))
                  .admin1(AdminDivision.named("P'yŏngyang-si"))
                  .coordinates(Coordinates.of(39.03, 125.75))
                  .build())
          .addVisitor(TRUMP.id())
          .host(KP.id())
          .addCitation(Citation.builder().source(Id.of("kcna")).build())
          .build();

  private static Dossier dossier(Object... events) {
    Dossier.Builder b = Dossier.builder().addActor(US).addActor(KP).addActor(TRUMP);
    for (Object e : events) {
      b.addEvent((dev.diplomacy.core.events.Event) e);
    }
    return b.build();
  }

  @Test
  void byDefaultAnEventWithoutADatasetCodingHasTheLibrarysEachCodingARow() {
    List<EventRow> rows = EventRows.of(dossier(VISIT));
    // A visit is the visitor's 042 and the host's 043.
    assertThat(rows)
        .extracting(
            r ->
                r.cameo().orElseThrow().code()
                    + " "
                    + names(r.sources())
                    + ">"
                    + names(r.targets()))
        .containsExactly("042 Donald Trump>North Korea", "043 North Korea>Donald Trump");
    EventRow first = rows.get(0);
    assertThat(first.coding()).isEqualTo(EventRow.LIBRARY);
    assertThat(first.goldstein()).hasValue(CameoCode.of("042").goldstein());
    assertThat(first.sources().get(0).country()).contains(Country.of("US"));
    assertThat(first.place().orElseThrow().name()).contains("Pyongyang");
    assertThat(first.place().orElseThrow().admin1()).contains("P'yŏngyang-si");
    assertThat(first.place().orElseThrow().latitude()).hasValue(39.03);
    assertThat(first.firstSource()).contains(Id.of("kcna"));
    assertThat(first.date().orElseThrow()).hasToString("2018-06-12");
  }

  @Test
  void theDatasetsCodingsComeFirstWithTheirOwnFigures() {
    Visit coded =
        Visit.builder()
            .from(VISIT)
            .addDatasetCoding(
                DatasetCoding.builder()
                    .dataset("icews")
                    .record("123")
                    .cameo(CameoCode.of("042"))
                    .goldstein(new BigDecimal("1.9"))
                    .addSource(TRUMP.id())
                    .addTarget(KP.id())
                    .build())
            .build();
    List<EventRow> rows = EventRows.of(dossier(coded));
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).coding()).isEqualTo("icews");
    assertThat(rows.get(0).record()).contains("123");
    assertThat(rows.get(0).goldstein()).hasValue(1.9);
    assertThat(rows.get(0).quadClass()).contains(CameoCode.of("042").quadClass());

    List<EventRow> library = EventRows.of(dossier(coded), EventRows.Codings.LIBRARY);
    assertThat(library).hasSize(2).allMatch(r -> r.coding().equals(EventRow.LIBRARY));
  }

  @Test
  void anEventWithNoCodingStillHasARowWithoutACode() {
    OpaqueEvent opaque =
        OpaqueEvent.builder()
            .id(Id.of("odd"))
            .typeName("summit_photo")
            .addParticipant(Participant.of(US.id()))
            .putExtension("shape", ExtensionValue.of("round"))
            .build();
    List<EventRow> rows = EventRows.of(dossier(opaque));
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).cameo()).isEmpty();
    assertThat(rows.get(0).goldstein()).isEmpty();
  }

  @Test
  void anActorTheMakerWasNotGivenIsNamedByItsId() {
    EventRows.Maker maker = EventRows.maker(EventRows.Codings.DATASET);
    List<EventRow> rows = maker.rows(VISIT);
    assertThat(rows.get(0).sources().get(0).name()).isEqualTo("donald-trump");
    assertThat(rows.get(0).sources().get(0).country()).isEmpty();
    maker.rows(TRUMP);
    assertThat(maker.rows(VISIT).get(0).sources().get(0).name()).isEqualTo("Donald Trump");
  }

  private static String names(List<EventRow.RowActor> actors) {
    return actors.stream().map(EventRow.RowActor::name).collect(Collectors.joining("+"));
  }
}

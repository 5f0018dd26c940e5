package dev.diplomacy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.actors.Actor;
import dev.diplomacy.core.actors.Name;
import dev.diplomacy.core.actors.Organization;
import dev.diplomacy.core.actors.OrganizationKind;
import dev.diplomacy.core.actors.Person;
import dev.diplomacy.core.actors.State;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.events.Meeting;
import dev.diplomacy.core.events.Message;
import dev.diplomacy.core.events.MessageKind;
import dev.diplomacy.core.events.Participant;
import dev.diplomacy.core.events.Visit;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.geography.Place;
import dev.diplomacy.core.time.DateSpan;
import dev.diplomacy.core.time.When;
import dev.diplomacy.json.DiplomacyJson;
import dev.diplomacy.json.format.DiplomacyJsonException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InteractionCounterTest {

  static final Country CU = Country.of("CU");
  static final Country KP = Country.of("KP");
  static final Country RU = Country.of("RU");
  static final Country VE = Country.of("VE");

  static final Id KIM = Id.of("kim");
  static final Id CASTRO = Id.of("castro");
  static final Id LAVROV = Id.of("lavrov");
  static final Id MADURO = Id.of("maduro");
  static final Id UN = Id.of("un");
  static final Id CUBA = Id.of("cuba");

  static final List<Actor> ACTORS =
      List.of(
          Person.builder().id(KIM).name(Name.of("Kim Jong-un")).nationality(KP).build(),
          Person.builder().id(CASTRO).name(Name.of("Raúl Castro")).nationality(CU).build(),
          Person.builder().id(LAVROV).name(Name.of("Sergei Lavrov")).nationality(RU).build(),
          Person.builder().id(MADURO).name(Name.of("Nicolás Maduro")).nationality(VE).build(),
          Organization.builder()
              .id(UN)
              .name(Name.of("United Nations"))
              .organizationKind(OrganizationKind.INTERNATIONAL_ORGANIZATION)
              .build(),
          State.of(CUBA, CU));

  /**
   * Six events: 1 KP-CU in Havana (2018-07-05); 2 KP-RU-CU, a three-way meeting in Pyongyang
   * (2018-05); 3 VE-CU, a message (2018); 4 KP and the UN, no pair (2019-01-10); 5 KP-CU, a visit
   * to Cuba (2016), 6 CU with an unknown actor, no pair, no date.
   */
  static List<Event> events() {
    return List.of(
        meeting("e1", "2018-07-05", Place.of("Havana", CU), KIM, CASTRO),
        meeting("e2", "2018-05", Place.of("Pyongyang", KP), KIM, LAVROV, CASTRO),
        Message.builder()
            .id(Id.of("e3"))
            .when(When.on("2018"))
            .sender(MADURO)
            .addRecipient(CASTRO)
            .messageKind(MessageKind.LETTER)
            .build(),
        meeting("e4", "2019-01-10", Place.of("New York", Country.of("US")), KIM, UN),
        Visit.builder().id(Id.of("e5")).when(When.on("2016")).addVisitor(KIM).host(CUBA).build(),
        Message.builder()
            .id(Id.of("e6"))
            .sender(CASTRO)
            .addRecipient(Id.of("stranger"))
            .messageKind(MessageKind.THANKS)
            .build());
  }

  static Meeting meeting(String id, String date, Place place, Id... actors) {
    var m = Meeting.builder().id(Id.of(id)).when(When.on(date)).place(place);
    for (Id a : actors) {
      m.addParticipant(Participant.of(a));
    }
    return m.build();
  }

  static byte[] ndjson(List<Event> events, String... extraLines) {
    StringBuilder b = new StringBuilder();
    for (Event e : events) {
      b.append(DiplomacyJson.strict().write(e)).append('\n');
    }
    for (String line : extraLines) {
      b.append(line).append('\n');
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  static InteractionCounter.Counts count(InteractionCounter counter) {
    return counter.count(
        new ByteArrayInputStream(ndjson(events())),
        e -> {
          throw new AssertionError(e);
        });
  }

  @Test
  void everyPairOfCountriesOfAnEventCountsOnce() {
    InteractionCounter.Counts counts = count(InteractionCounter.of(ACTORS));
    assertThat(counts.events()).isEqualTo(6);
    assertThat(counts.matched()).isEqualTo(6);
    assertThat(counts.withoutPair()).isEqualTo(2);
    assertThat(counts.pairs())
        .containsExactly(
            Map.entry(InteractionCounter.Pair.of(CU, KP), 3L),
            Map.entry(InteractionCounter.Pair.of(CU, RU), 1L),
            Map.entry(InteractionCounter.Pair.of(CU, VE), 1L),
            Map.entry(InteractionCounter.Pair.of(KP, RU), 1L));
    assertThat(counts.between(KP, CU)).isEqualTo(3);
    assertThat(counts.between(CU, CU)).isZero();
    assertThat(counts.lines())
        .containsExactly("CU-KP       3", "CU-RU       1", "CU-VE       1", "KP-RU       1");
  }

  @Test
  void filteredByActor() {
    InteractionCounter.Counts counts = count(InteractionCounter.of(ACTORS).withActor(LAVROV));
    assertThat(counts.matched()).isEqualTo(1);
    assertThat(counts.pairs()).hasSize(3).allSatisfy((pair, n) -> assertThat(n).isEqualTo(1));
  }

  @Test
  void filteredByCountryOfThePlaceOrOfAParticipant() {
    // Cuba: e1 (in Havana), e2, e3, e5, e6 (a Cuban takes part); not e4.
    assertThat(count(InteractionCounter.of(ACTORS).withCountry(CU)).matched()).isEqualTo(5);
    // The United States: e4 only, by its place; no pair, the UN has no country.
    InteractionCounter.Counts us =
        count(InteractionCounter.of(ACTORS).withCountry(Country.of("US")));
    assertThat(us.matched()).isEqualTo(1);
    assertThat(us.withoutPair()).isEqualTo(1);
    assertThat(us.pairs()).isEmpty();
    // Venezuela: e3 only.
    assertThat(count(InteractionCounter.of(ACTORS).withCountry(VE)).pairs())
        .containsExactly(Map.entry(InteractionCounter.Pair.of(CU, VE), 1L));
  }

  @Test
  void filteredByPeriodForCertain() {
    // 2018: e1, e2, e3 (dated 2018, within the year); not e4 (2019), e5 (2016), e6 (no date).
    assertThat(
            count(InteractionCounter.of(ACTORS).withPeriod(DateSpan.parse("2018/2018"))).matched())
        .isEqualTo(3);
    // May to July 2018: e1 and e2; e3, dated only to the year, may fall outside.
    InteractionCounter.Counts summer =
        count(InteractionCounter.of(ACTORS).withPeriod(DateSpan.parse("2018-05/2018-07")));
    assertThat(summer.matched()).isEqualTo(2);
    assertThat(summer.between(CU, KP)).isEqualTo(2);
    // From 2019 on: e4.
    assertThat(count(InteractionCounter.of(ACTORS).withPeriod(DateSpan.parse("2019/.."))).matched())
        .isEqualTo(1);
  }

  @Test
  void filtersCombine() {
    InteractionCounter.Counts counts =
        count(
            InteractionCounter.of(ACTORS)
                .withActor(KIM)
                .withCountry(CU)
                .withPeriod(DateSpan.parse("2016/2018")));
    assertThat(counts.matched()).isEqualTo(3); // e1, e2, e5
    assertThat(counts.between(CU, KP)).isEqualTo(3);
  }

  @Test
  void withoutActorsNoCountryIsKnown() {
    InteractionCounter.Counts counts = count(InteractionCounter.of(List.of()));
    assertThat(counts.matched()).isEqualTo(6);
    assertThat(counts.withoutPair()).isEqualTo(6);
    assertThat(counts.pairs()).isEmpty();
  }

  @Test
  void badLinesAreSkippedAndReportedWithTheirNumbers() {
    List<DiplomacyJsonException> bad = new ArrayList<>();
    InteractionCounter.Counts counts =
        InteractionCounter.of(ACTORS)
            .count(
                new ByteArrayInputStream(ndjson(events(), "{not json", "{\"type\": \"meeting\"}")),
                bad::add);
    assertThat(counts.events()).isEqualTo(6);
    assertThat(counts.badLines()).isEqualTo(2);
    assertThat(bad).hasSize(2);
    assertThat(bad.get(0).problems().get(0).line()).hasValue(7);
    assertThat(bad.get(1).problems().get(0).line()).hasValue(8);
  }

  /** The shipped data: exact counts, which change only if the generator does. */
  @Test
  void theShippedData() {
    InteractionCounter all = InteractionCounter.of(InteractionData.shippedActors().actors());
    InteractionCounter.Counts counts;
    try (var in = InteractionData.shippedEvents()) {
      counts =
          all.count(
              in,
              e -> {
                throw new AssertionError(e);
              });
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertThat(counts.events()).isEqualTo(InteractionData.EVENT_COUNT);
    assertThat(counts.matched()).isEqualTo(InteractionData.EVENT_COUNT);
    assertThat(counts.withoutPair()).isEqualTo(SHIPPED_WITHOUT_PAIR);
    assertThat(counts.pairs().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(SHIPPED_PAIR_TOTAL);
    assertThat(counts.lines().subList(0, 3)).containsExactly(SHIPPED_TOP_THREE);
    assertThat(runMain("--country", "KP", "--period", "2017/2018")).isEqualTo(SHIPPED_KP_2017_2018);
  }

  private static List<String> runMain(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        InteractionCounter.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
    return out.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void mainRejectsBadArguments() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    PrintStream o = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    assertThat(InteractionCounter.run(new String[] {"--country", "XX"}, o, e)).isEqualTo(2);
    assertThat(InteractionCounter.run(new String[] {"--period"}, o, e)).isEqualTo(2);
    assertThat(InteractionCounter.run(new String[] {"--bogus"}, o, e)).isEqualTo(2);
    assertThat(InteractionCounter.run(new String[] {"no-such-file.ndjson"}, o, e)).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("usage: InteractionCounter")
        .contains("cannot read");
  }

  static final long SHIPPED_WITHOUT_PAIR = 90;
  static final long SHIPPED_PAIR_TOTAL = 438;
  static final String[] SHIPPED_TOP_THREE = {"LA-VN      18", "SY-VE      17", "CU-RU      16"};
  static final List<String> SHIPPED_KP_2017_2018 =
      List.of(
          "500 events read, 33 kept, 7 of them between fewer than two known countries",
          "CN-KP       5",
          "BY-KP       3",
          "CU-KP       3",
          "KP-LA       3",
          "KP-RU       3",
          "KP-VE       3",
          "KP-VN       3",
          "IR-KP       2",
          "KP-SY       2",
          "BY-CU       1",
          "LA-VN       1",
          "RU-VE       1");
}

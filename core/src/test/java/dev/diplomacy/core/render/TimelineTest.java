package dev.diplomacy.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.events.EventKind;
import dev.diplomacy.core.events.Meeting;
import dev.diplomacy.core.events.Participant;
import dev.diplomacy.core.events.Statement;
import dev.diplomacy.core.time.PartialDate;
import dev.diplomacy.core.time.When;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TimelineTest {

  @Test
  void aSmallDossierGivesThisExactTimeline() {
    assertThat(Timeline.of(RenderFixtures.small()))
        .isEqualTo(
            "2018-03     support pledge  North Korea pledged support to Cuba (claimed)\n"
                + "2018-07-05  meeting         Raúl Castro received Ri Su-yong in Havana (friendly)  [kcna]\n"
                + "2018-07-05  greetings       Kim Jong-un sent greetings to Raúl Castro via Ri Su-yong  [kcna]\n"
                + "undated\n"
                + "            praise          Raúl Castro praised Kim Jong-un\n"
                + "            alliance        Cuba and North Korea: alliance since the onset of the Cold War\n");
  }

  @Test
  void theFixtureOfEveryKindHasAnEventOfEveryKindThisVersionKnows() {
    // An opaque event has its own tests: OpaqueEventRenderingTest.
    assertThat(RenderFixtures.everyKind().events().stream().map(Event::kind).distinct())
        .containsExactlyInAnyOrderElementsOf(EnumSet.complementOf(EnumSet.of(EventKind.OPAQUE)));
  }

  @Test
  void everyKindOfEventHasItsSentence() {
    assertThat(lines(Timeline.of(RenderFixtures.everyKind())))
        .containsExactly(
            "1960                   diplomatic relations  North Korea and Cuba: diplomatic relations since 1960, based on shared ideology",
            "1961                   rivalry               North Korea and Russia: rivalry 1961/1989",
            "2020                   visit                 Boris visited Geneva",
            "2020-01-02             phone call            Anna and Boris met, with Carla, mediated by Dora by phone",
            "2020-01-03             invitation            Anna sent an invitation to Boris and Carla",
            "2020-01-04             letter                Boris sent a written letter to Anna in reply to Anna's invitation",
            "2020-02                support pledge        North Korea pledged military and economic support to Boris in the war: \"all help\"",
            "2020-03-01/2020-03-03  state visit           Anna and Carla visited Cuba in Havana (state visit)",
            "2020-04                delegation            North Korea sent a delegation led by Anna with Carla to Cuba for the anniversary",
            "2020-05                mourning              Cuba declared one day of mourning for Dora",
            "2020-06                vow                   Anna made a vow about Anna and Boris: \"friendship\"",
            "2020-06                statement             Boris made a statement",
            "2020-07                material transfer     Ministry provided 1,234.5 tonnes of rice and 2,000,000 blankets to Cuba, on loan",
            "2020-08-01             treaty                North Korea, Cuba and Russia signed the treaty \"Treaty of Friendship\"",
            "2020-08-02             agreement             North Korea and Cuba signed an agreement",
            "2020-09                CAMEO 040             North Korea to Cuba: Consult",
            "2020-10                relations broken off  Cuba broke off diplomatic relations with Russia"
                + " (diplomats: Carla)",
            "undated",
            "                       diplomatic relations  Cuba and Russia: diplomatic relations until"
                + " 2020-10");
  }

  @Test
  void namesAreKeptAsTheyAreAndUnknownActorsShownByTheirId() {
    assertThat(lines(Timeline.of(RenderFixtures.awkward())))
        .containsExactly(
            "2018-07-05  meeting     Ri \"Su-yong\", 김정은 and Bank #1; [A] & <B> | back\\slash `x` {y} (z) met",
            "undated",
            "            letter      End sent a letter to ghost via Raúl Castro: \"a \"quoted\" letter\"",
            "            agreement   First and Raúl Castro signed the agreement \"Pact of \"A; B\" #2\"",
            "            friendship  Raúl Castro and 김정은: friendship since the \"old\" days; before #1 (disputed)");
  }

  @Test
  void datesAreInPartialDateOrderAndTheSameDateKeepsTheDossiersOrder() {
    Dossier dossier =
        Dossier.builder()
            .addActors(
                RenderFixtures.person(Id.of("a"), "A"), RenderFixtures.person(Id.of("b"), "B"))
            .addEvents(
                meeting("year", When.on("2018")),
                meeting("second", When.on("2018-03")),
                meeting("day", When.on("2018-03-01")),
                meeting("month", When.on("2018-03")),
                meeting("earlier", When.on("2017-12-31")),
                meeting(
                    "span",
                    When.between(PartialDate.parse("2018-03-01"), PartialDate.parse("2018-03-02"))))
            .build();
    List<String> lines = lines(Timeline.of(dossier));
    assertThat(lines.stream().map(l -> l.substring(0, 21).trim()).collect(Collectors.toList()))
        .containsExactly(
            "2017-12-31", "2018", "2018-03-01", "2018-03-01/2018-03-02", "2018-03", "2018-03");
    // The two of 2018-03 keep the dossier's order.
    assertThat(lines.get(4)).endsWith("A and B met in second");
    assertThat(lines.get(5)).endsWith("A and B met in month");
  }

  @Test
  void aStatementWithNeitherKindNorSubjectsIsStillASentence() {
    Dossier dossier =
        Dossier.builder()
            .addEvents(
                Statement.builder()
                    .id(Id.of("s"))
                    .speaker(Id.of("nobody"))
                    .content("line one\nline two")
                    .build())
            .build();
    assertThat(Timeline.of(dossier))
        .isEqualTo("undated\n  statement  nobody made a statement: \"line one line two\"\n");
  }

  @Test
  void anEmptyDossierHasAnEmptyTimeline() {
    assertThat(Timeline.of(Dossier.builder().build())).isEmpty();
  }

  @Test
  void quantitiesAreGroupedByThousandsWhateverTheLocale() {
    assertThat(Sentences.grouped(new java.math.BigDecimal("100000"))).isEqualTo("100,000");
    assertThat(Sentences.grouped(new java.math.BigDecimal("999"))).isEqualTo("999");
    assertThat(Sentences.grouped(new java.math.BigDecimal("1234567.250")))
        .isEqualTo("1,234,567.25");
    assertThat(Sentences.grouped(new java.math.BigDecimal("1E+3"))).isEqualTo("1,000");
  }

  private static Meeting meeting(String id, When when) {
    return Meeting.builder()
        .id(Id.of(id))
        .when(when)
        .place(dev.diplomacy.core.geography.Place.builder().locality(id).build())
        .addParticipants(Participant.of(Id.of("a")), Participant.of(Id.of("b")))
        .build();
  }

  private static List<String> lines(String text) {
    assertThat(text).endsWith("\n");
    return Arrays.asList(text.split("\n"));
  }

  @Test
  void aMessageSaysHowItTravelled() {
    java.util.Map<dev.diplomacy.core.events.Medium, String> expected =
        new java.util.EnumMap<>(dev.diplomacy.core.events.Medium.class);
    for (dev.diplomacy.core.events.Medium medium : dev.diplomacy.core.events.Medium.values()) {
      dev.diplomacy.core.events.Message m =
          dev.diplomacy.core.events.Message.builder()
              .id(Id.of("m"))
              .when(When.on("2020-01-01"))
              .sender(Id.of("anna"))
              .addRecipient(Id.of("boris"))
              .messageKind(dev.diplomacy.core.events.MessageKind.GREETINGS)
              .medium(medium)
              .build();
      String line = lines(Timeline.of(Dossier.builder().addEvent(m).build())).get(0);
      expected.put(medium, line.substring(line.indexOf("anna sent") + "anna sent ".length()));
    }
    assertThat(expected)
        .containsEntry(dev.diplomacy.core.events.Medium.ORAL, "oral greetings to boris")
        .containsEntry(dev.diplomacy.core.events.Medium.WRITTEN, "written greetings to boris")
        .containsEntry(dev.diplomacy.core.events.Medium.TELEGRAM, "greetings by telegram to boris")
        .containsEntry(dev.diplomacy.core.events.Medium.IN_PERSON, "greetings in person to boris")
        .containsEntry(
            dev.diplomacy.core.events.Medium.DIPLOMATIC_NOTE,
            "greetings by diplomatic note to boris");
    assertThat(new java.util.HashSet<>(expected.values())).hasSize(expected.size());
  }
}

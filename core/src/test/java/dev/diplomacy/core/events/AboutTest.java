package dev.diplomacy.core.events;

import static dev.diplomacy.core.events.Rejections.assertRejectedAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.time.PartialDate;
import dev.diplomacy.core.time.When;
import org.junit.jupiter.api.Test;

/** What an event is about, and where it stands in a series: the envelope's rules for both. */
class AboutTest {

  private static final Id KIM = Id.of("kim-jong-un");
  private static final Id RAUL = Id.of("raul-castro");
  private static final Id FIDEL = Id.of("fidel-castro");

  private static Message.Builder condolences() {
    return Message.builder()
        .id(Id.of("condolences"))
        .sender(KIM)
        .addRecipient(RAUL)
        .messageKind(MessageKind.CONDOLENCES);
  }

  @Test
  void condolencesAreAboutTheDeadOnTheOccasionOfTheirDeath() {
    Message m = condolences().addAbout(About.of(FIDEL, Occasion.DEATH)).build();
    assertThat(m.about()).containsExactly(About.of(FIDEL, Occasion.DEATH));
    assertThat(m.about().get(0).occasion()).contains(Occasion.DEATH);
    assertThat(About.of(FIDEL).occasion()).isEmpty();
    assertThat(m.actorIds()).containsExactly(KIM, RAUL);
  }

  @Test
  void anEventIsNotAboutItselfNorTwiceAboutTheSameSubject() {
    assertRejectedAt(
        () ->
            condolences()
                .addAbout(About.of(Id.of("condolences")))
                .addAbout(About.of(FIDEL, Occasion.DEATH))
                .addAbout(About.of(FIDEL))
                .build(),
        new String[] {"about[0].subject", "about[2]"},
        "message.about.self",
        "message.about.duplicate");
  }

  @Test
  void aPrecedentCountsFromItsSince() {
    Precedent p =
        Precedent.builder()
            .ordinal(1)
            .series("visit by a sitting head of state")
            .since(PartialDate.ofYear(1928))
            .build();
    Visit v =
        Visit.builder()
            .id(Id.of("v"))
            .addVisitor(KIM)
            .host(RAUL)
            .when(When.on("2016"))
            .precedent(p)
            .build();
    assertThat(v.precedent()).contains(p);
    assertThat(Precedent.first().ordinal()).isEqualTo(1);
    assertThat(Precedent.of(2).series()).isEmpty();
  }

  @Test
  void aPrecedentSinceIsNotAfterTheEvent() {
    assertRejectedAt(
        () ->
            Visit.builder()
                .id(Id.of("v"))
                .addVisitor(KIM)
                .host(RAUL)
                .when(When.on("1927"))
                .precedent(Precedent.builder().ordinal(1).since(PartialDate.ofYear(1928)).build())
                .build(),
        new String[] {"precedent.since"},
        "visit.precedent.since");
  }

  @Test
  void anOrdinalIsOneOrMoreAndTheSeriesIsNotBlank() {
    assertRejectedAt(
        () -> Precedent.builder().ordinal(0).series(" ").build(),
        new String[] {"ordinal", "series"},
        "precedent.ordinal.positive",
        "precedent.series.blank");
  }
}

package dev.diplomacy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.codes.DirectedCoding;
import dev.diplomacy.core.codes.EventCoding;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.events.Event;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every coding of every event of the reference article, with its direction. */
class ReferenceArticleCodingsTest {

  final Dossier dossier = ReferenceArticleDossier.dossier();

  @Test
  void everyEventOfTheArticleGivesTheseCodings() {
    List<String> lines = new ArrayList<>();
    for (Event e : dossier.events()) {
      for (DirectedCoding c : EventCoding.codings(e, dossier)) {
        lines.add(e.id() + ": " + c);
      }
    }
    // The hosts receive their guests (043) as the guests visit them (042); a message is coded
    // from its sender, its envoy aside; the coded events keep the one side the article names.
    assertThat(lines)
        .containsExactly(
            "kim-lavrov-meeting-2018-05-31: 043 [kim-jong-un] -> [sergei-lavrov]",
            "kim-lavrov-meeting-2018-05-31: 042 [sergei-lavrov] -> [kim-jong-un]",
            "ri-castro-talks-2018-07-05: 043 [raul-castro] -> [ri-su-yong]",
            "ri-castro-talks-2018-07-05: 042 [ri-su-yong] -> [raul-castro]",
            "kim-greetings-to-castro: 010 [kim-jong-un] -> [raul-castro]",
            "kim-verbal-letter-to-castro: 010 [kim-jong-un] -> [raul-castro]",
            "castro-thanks-to-kim: 010 [raul-castro] -> [kim-jong-un]",
            "castro-greetings-to-kim: 010 [raul-castro] -> [kim-jong-un]",
            "fidel-castro-visits-pyongyang-1986: 042 [fidel-castro] -> [north-korea]",
            "fidel-castro-visits-pyongyang-1986: 043 [north-korea] -> [fidel-castro]",
            "fidel-castro-praises-kim-il-sung: 051 [fidel-castro] -> [kim-il-sung]",
            "kim-il-sung-sends-rifles-to-cuba: 072 [kim-il-sung] -> [cuba]",
            "fidel-castro-mourning-north-korea: 017 [north-korea] -> [fidel-castro]",
            "north-korean-delegation-to-fidel-castro-funeral: 042 [north-korea] -> [cuba]",
            "north-korean-delegation-to-fidel-castro-funeral: 043 [cuba] -> [north-korea]",
            "kim-jong-un-condolence-visit-cuban-embassy: 042 [kim-jong-un] -> [cuban-embassy-pyongyang]",
            "kim-jong-un-condolence-visit-cuban-embassy: 043 [cuban-embassy-pyongyang] -> [kim-jong-un]",
            "north-korea-supports-maduro-2018-03: 032 [north-korea] -> [nicolas-maduro]",
            "breitbart-calls-venezuelan-election-fraudulent: 111 [breitbart-news] -> [nicolas-maduro]",
            "north-korea-supports-syrian-arab-army-2018-04: 030 [north-korea] -> [syrian-arab-army]",
            "assad-vows-friendship-with-north-korea-2018-04: 030 [bashar-al-assad] -> [syria, north-korea]",
            "north-korea-ivory-trade-allegation: 06 [north-korea] -> []",
            "north-korea-faces-sanctions: 163 [] -> [north-korea]");
  }
}

package dev.diplomacy.json;

import static dev.diplomacy.json.CodecHarness.at;
import static dev.diplomacy.json.CodecHarness.pointersAndCodes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.sources.Source;
import dev.diplomacy.core.sources.SourceKind;
import dev.diplomacy.core.time.PartialDate;
import java.net.URI;
import org.junit.jupiter.api.Test;

class SourceCodecTest {

  static final Source SOURCE =
      Source.builder()
          .id(Id.of("breitbart-kim-castro-greetings"))
          .sourceKind(SourceKind.ARTICLE)
          .publisher(Id.of("breitbart-news"))
          .distributor(Id.of("getty-images"))
          .title("Kim Jong-Un Exchanges 'Wholehearted Greetings' with Cuba's Raul Castro")
          .url(
              URI.create(
                  "https://www.breitbart.com/national-security/2018/07/10/kim-jong-un-exchanges-wholehearted-greetings-with-cubas-raul-castro/"))
          .published(PartialDate.ofYearMonth(2018, 7))
          .addAuthor("Ben Kew")
          .language("en")
          .addBasedOn(Id.of("kcna-2018-07-09"))
          .putExtension("acme:paywalled", ExtensionValue.of(false))
          .build();

  @Test
  void matchesItsGoldenFile() {
    Golden.check("source.json", SOURCE, Source.class);
  }

  @Test
  void reportsItsRulesAtItsProperties() {
    String json =
        "{\"id\":\"s\",\"url\":\"ftp://kcna.kp/\",\"authors\":[\" \"],\"basedOn\":[\"s\"],\"language\":\"xx-\"}";
    assertThat(pointersAndCodes(() -> DiplomacyJson.strict().read(json, Source.class)))
        .containsExactly(
            at("/url", "source.url.scheme"),
            at("/authors/0", "source.authors.blank"),
            at("/language", "source.language.invalid"),
            at("/basedOn/0", "source.basedOn.self"));
  }
}

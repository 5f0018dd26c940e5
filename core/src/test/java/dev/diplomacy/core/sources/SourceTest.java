package dev.diplomacy.core.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.time.PartialDate;
import dev.diplomacy.core.validation.ValidationException;
import java.net.URI;
import org.junit.jupiter.api.Test;

class SourceTest {

  private static final Id KCNA_REPORT = Id.of("kcna-2018-07-09");

  private static Source.Builder minimal() {
    return Source.builder()
        .id(Id.of("breitbart-2018-07"))
        .title("Kim Jong-Un Exchanges 'Wholehearted Greetings' with Cuba's Raul Castro");
  }

  private static void assertCodes(Runnable build, String... codes) {
    assertThatThrownBy(build::run)
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.codes()).containsExactly(codes));
  }

  @Test
  void buildsTheReferenceArticleWithEveryAttribute() {
    Source s =
        minimal()
            .sourceKind(SourceKind.ARTICLE)
            .publisher(Id.of("breitbart-news"))
            .url(
                URI.create(
                    "https://www.breitbart.com/national-security/2018/07/10/kim-jong-un-raul-castro/"))
            .published(PartialDate.parse("2018-07"))
            .addAuthor("Ben Kew")
            .language("en")
            .addBasedOn(KCNA_REPORT)
            .putExtension("acme:paywalled", ExtensionValue.of(false))
            .build();

    assertThat(s.sourceKind()).contains(SourceKind.ARTICLE);
    assertThat(s.authors()).containsExactly("Ben Kew");
    assertThat(s.basedOn()).containsExactly(KCNA_REPORT);
    assertThat(Source.builder().from(s).build()).isEqualTo(s);
    assertThat(s.withLanguage("en-US").language()).contains("en-US");
  }

  @Test
  void aTitleAUrlOrAPublisherIsEnough() {
    assertThat(minimal().build().title()).isPresent();
    assertThat(Source.builder().id(KCNA_REPORT).publisher(Id.of("kcna")).build().publisher())
        .contains(Id.of("kcna"));
    assertThat(Source.builder().id(KCNA_REPORT).url(URI.create("http://kcna.kp/")).build().url())
        .isPresent();
  }

  @Test
  void rejectsASourceThatCannotBeFoundAgain() {
    assertCodes(
        () ->
            Source.builder()
                .id(KCNA_REPORT)
                .sourceKind(SourceKind.AGENCY_REPORT)
                .addAuthor("KCNA staff")
                .build(),
        "source.empty");
  }

  @Test
  void aPhotoCarriesItsPublisherAndDistributor() {
    Source photo =
        Source.builder()
            .id(Id.of("tass-photo-2018-05-31"))
            .sourceKind(SourceKind.PHOTO)
            .publisher(Id.of("tass"))
            .distributor(Id.of("getty-images"))
            .addAuthor("Valery Sharifulin")
            .build();
    assertThat(photo.distributor()).contains(Id.of("getty-images"));
  }

  @Test
  void rejectsBlankTitleAndAuthors() {
    assertCodes(
        () -> minimal().title(" ").addAuthor("Ben Kew").addAuthor("").build(),
        "source.title.blank",
        "source.authors.blank");
  }

  @Test
  void acceptsHttpAndHttpsUrls() {
    assertThat(minimal().url(URI.create("HTTPS://example.org/a?b=c#d")).build().url()).isPresent();
    assertThat(minimal().url(URI.create("http://my_host.example/")).build().url()).isPresent();
  }

  @Test
  void rejectsUrlsThatAreNotAbsoluteWebUrls() {
    for (String url :
        new String[] {
          "ftp://kcna.kp/report",
          "/relative/path",
          "mailto:news@example.org",
          "http:opaque",
          "file:///etc/passwd"
        }) {
      assertCodes(() -> minimal().url(URI.create(url)).build(), "source.url.scheme");
    }
  }

  @Test
  void acceptsBcp47LanguageTags() {
    for (String tag : new String[] {"en", "ko", "es-CU", "zh-Hant-TW", "EN-us"}) {
      assertThat(minimal().language(tag).build().language()).contains(tag);
    }
  }

  @Test
  void rejectsMalformedLanguageTags() {
    for (String tag : new String[] {"en_US", "und", "", "e", "123", "en-"}) {
      assertCodes(() -> minimal().language(tag).build(), "source.language.invalid");
    }
  }

  @Test
  void rejectsASourceBasedOnItselfOrTwiceOnTheSame() {
    Id self = Id.of("breitbart-2018-07");
    assertCodes(
        () -> minimal().addBasedOn(KCNA_REPORT, self, KCNA_REPORT).build(),
        "source.basedOn.self",
        "source.basedOn.duplicate");
    assertThatThrownBy(() -> minimal().addBasedOn(self).build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.findings().get(0).path()).isEqualTo("basedOn[0]"));
  }

  @Test
  void rejectsInvalidExtensionNames() {
    assertThat(minimal().putExtension("acme:score", ExtensionValue.of(3)).build().extensions())
        .containsKey("acme:score");
    assertCodes(
        () -> minimal().putExtension("Acme:score", ExtensionValue.of(3)).build(),
        "source.extensions.key");
  }

  @Test
  void reportsEveryBrokenRuleAtOnce() {
    assertCodes(
        () ->
            Source.builder()
                .id(KCNA_REPORT)
                .url(URI.create("ftp://kcna.kp"))
                .addAuthor(" ")
                .language("en_GB")
                .addBasedOn(KCNA_REPORT)
                .putExtension(":x", ExtensionValue.of(1))
                .build(),
        "source.url.scheme",
        "source.authors.blank",
        "source.language.invalid",
        "source.basedOn.self",
        "source.extensions.key");
  }
}

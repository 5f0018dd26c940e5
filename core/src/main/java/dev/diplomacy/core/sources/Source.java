package dev.diplomacy.core.sources;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.Extensions;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.dossier.DossierElement;
import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.core.internal.DiplomacyStyle;
import dev.diplomacy.core.internal.LanguageTags;
import dev.diplomacy.core.time.PartialDate;
import dev.diplomacy.core.validation.ValidationException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something that reports events: an article, a news agency's report, a photo and its caption, a
 * broadcast, an official statement, a data set. Events and relationships cite sources by id through
 * {@link Citation}s, so one source serves many events.
 *
 * <p>Keep what a source reports apart from what it merely passes on: a Breitbart article that
 * retells a KCNA report is its own source, {@link #basedOn() based on} the KCNA report's.
 *
 * <pre>{@code
 * Source.builder()
 *     .id(Id.of("kcna-2018-07-09"))
 *     .sourceKind(SourceKind.AGENCY_REPORT)
 *     .publisher(Id.of("kcna"))
 *     .published(PartialDate.parse("2018-07-09"))
 *     .build();
 * }</pre>
 *
 * <p>A source needs at least a title, a URL or a publisher to be found again; its texts are never
 * blank.
 */
@Value.Immutable
@DiplomacyStyle
public abstract non-sealed class Source implements WithSource, DossierElement {

  Source() {}

  /** The source's id in its dossier, which citations refer to. */
  public abstract Id id();

  /** What sort of source it is: an article, an agency report, a photo... */
  public abstract Optional<SourceKind> sourceKind();

  /**
   * The id of the actor that published it, usually an organisation: KCNA for its reports, Breitbart
   * News for its articles, TASS for its photographer's picture.
   */
  public abstract Optional<Id> publisher();

  /**
   * The id of the actor that carried it to the reader, when not the publisher: Getty Images for a
   * TASS photo ("TASS via Getty Images").
   */
  public abstract Optional<Id> distributor();

  /** The title or headline, as published. */
  public abstract Optional<String> title();

  /** Where it can be read: an absolute {@code http} or {@code https} URL. */
  public abstract Optional<URI> url();

  /**
   * When it was published, as precisely as known. A page that carries no date gets none, or the
   * year or month that can be deduced; never an invented day.
   */
  public abstract Optional<PartialDate> published();

  /** The authors, photographers or speakers credited, as credited: {@code Ben Kew}. */
  public abstract List<String> authors();

  /**
   * The language it is written in, a BCP 47 tag such as {@code en}, {@code ko} or {@code es-CU}.
   */
  public abstract Optional<String> language();

  /**
   * The ids of other sources that this one reports or relies on: a news article based on a KCNA
   * report lists the report's source here. Never the source itself.
   */
  public abstract List<Id> basedOn();

  /**
   * Namespaced custom properties ({@code acme:paywalled}), carried and written back unchanged.
   *
   * @see Extensions
   */
  public abstract Map<String, ExtensionValue> extensions();

  /** A new builder, with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Source}, from {@link Source#builder()}. {@code build()} throws a {@link
   * ValidationException} when {@code id} is missing, and one that names every rule the source
   * breaks.
   */
  public static final class Builder extends ImmutableSource.Builder {
    Builder() {}
  }

  private static boolean isWebUrl(URI url) {
    String scheme = url.getScheme();
    String authority = url.getRawAuthority();
    return url.isAbsolute()
        && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
        && authority != null
        && !authority.isBlank();
  }

  @Value.Check
  void check() {
    Checks checks = Checks.of("Source");
    checks
        .require(
            title().isPresent() || url().isPresent() || publisher().isPresent(),
            "",
            "source.empty",
            "a source needs at least a title, a URL or a publisher, so that it can be found again")
        .text(title(), "title", "source.title.blank")
        .require(
            url().map(Source::isWebUrl).orElse(true),
            "url",
            "source.url.scheme",
            () ->
                "the URL must be an absolute http or https URL with a host, not '"
                    + url().map(URI::toString).orElse("")
                    + "'")
        .texts(authors(), "authors", "source.authors.blank")
        .require(
            language().map(LanguageTags::isValid).orElse(true),
            "language",
            "source.language.invalid",
            () ->
                "'"
                    + language().orElse("")
                    + "' is not a BCP 47 language tag such as en, ko or es-CU");
    for (int i = 0; i < basedOn().size(); i++) {
      checks.require(
          !basedOn().get(i).equals(id()),
          "basedOn[" + i + "]",
          "source.basedOn.self",
          "source " + id() + " cannot be based on itself");
    }
    checks
        .unique(basedOn(), "basedOn", "source.basedOn.duplicate", "source")
        .addAll(Extensions.check("source", extensions()))
        .throwIfAny();
  }
}

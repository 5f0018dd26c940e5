package dev.diplomacy.core.codes;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.Extensions;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.core.internal.DiplomacyStyle;
import dev.diplomacy.core.validation.Finding;
import dev.diplomacy.core.validation.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What one row or record of an event dataset said of an event, as the dataset gave it: the
 * dataset's name, its id of the row, the CAMEO code, the dataset's own Goldstein figure, the quad
 * class, the PLOVER category, and who acted on whom in that row. An event keeps one coding per row
 * it was made of ({@link dev.diplomacy.core.events.Event#datasetCodings()}): a consultation that
 * ICEWS lists twice, A to B and B to A, keeps both rows' codings, each with its own direction, so
 * that a count or a mean over the codings is the dataset's own.
 *
 * <p>It is the dataset's coding, not the library's: {@link EventCoding} derives a coding from the
 * event's kind and properties, which may differ (ICEWS codes a meeting {@code 040} that the library
 * judges a meeting at a third location, {@code 044}), and the dataset's figure may differ from the
 * codebook's Goldstein score of its code (GDELT gives {@code 016} -2.0, the codebook -5). Both are
 * kept as given.
 *
 * <pre>{@code
 * DatasetCoding row = DatasetCoding.builder()
 *     .dataset("icews")
 *     .record("32890611")
 *     .cameo(CameoCode.of("040"))
 *     .goldstein(new BigDecimal("1.0"))
 *     .quadClass(QuadClass.VERBAL_COOPERATION)
 *     .addSource(Id.of("united-states"))
 *     .addTarget(Id.of("north-korea"))
 *     .build();
 * }</pre>
 *
 * <p>Rules: the dataset's name is a short lower-case name ({@code datasetCoding.dataset.format});
 * at least one of the CAMEO code, the figure, the quad class and the PLOVER category is given
 * ({@code datasetCoding.empty}); the figure is from −10 to 10 ({@code
 * datasetCoding.goldstein.range}); the record is not blank ({@code datasetCoding.record.blank}); no
 * actor is listed twice among the sources ({@code datasetCoding.sources.duplicate}) or the targets
 * ({@code datasetCoding.targets.duplicate}); an actor may be both, as a dataset's row may say. The
 * actor ids are checked over a dossier, as every id is.
 */
@Value.Immutable
@DiplomacyStyle
public abstract class DatasetCoding implements WithDatasetCoding {

  /** The lowest Goldstein figure. */
  private static final BigDecimal MINUS_TEN = BigDecimal.TEN.negate();

  /** The longest name of a dataset. */
  private static final int MAX_DATASET_LENGTH = 32;

  DatasetCoding() {}

  /**
   * The dataset, by a short lower-case name: {@code icews}, {@code gdelt}, {@code plover}, or
   * another's; a letter, then up to 31 lower-case ASCII letters, digits and {@code -}.
   */
  public abstract String dataset();

  /** The dataset's id of the row or record: an ICEWS Event ID, a GDELT GLOBALEVENTID. */
  public abstract Optional<String> record();

  /** The CAMEO code the dataset gave, as given. */
  public abstract Optional<CameoCode> cameo();

  /**
   * The dataset's own figure on the Goldstein scale, −10 to 10, exactly as written: ICEWS's
   * Intensity, GDELT's GoldsteinScale. It may differ from the codebook's score of {@link #cameo()}.
   */
  public abstract Optional<BigDecimal> goldstein();

  /** The quad class the dataset gave (GDELT's QuadClass), as given. */
  public abstract Optional<QuadClass> quadClass();

  /** The PLOVER category the dataset gave, with its mode and contexts where given. */
  public abstract Optional<PloverMapping> plover();

  /** The actors who acted in the row (its source side), by id; each at most once. */
  public abstract List<Id> sources();

  /** The actors acted upon in the row (its target side), by id; each at most once. */
  public abstract List<Id> targets();

  /**
   * Properties the library carries without knowing them: your own, namespaced ({@code acme:note}),
   * and those of a newer format version kept by lenient reading. See {@link Extensions}.
   */
  public abstract Map<String, ExtensionValue> extensions();

  /** A new builder, with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link DatasetCoding}, from {@link DatasetCoding#builder()}. {@code build()} throws a
   * {@link ValidationException} when {@code dataset} is missing, and one that names every rule the
   * coding breaks.
   */
  public static final class Builder extends ImmutableDatasetCoding.Builder {
    Builder() {}
  }

  /**
   * True when {@code name} is a letter, then up to 31 lower-case ASCII letters, digits and '-'. A
   * loop, not a regular expression: every coding of an import is checked.
   */
  private static boolean isDatasetName(String name) {
    int n = name.length();
    if (n == 0 || n > MAX_DATASET_LENGTH || name.charAt(0) < 'a' || name.charAt(0) > 'z') {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = name.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        return false;
      }
    }
    return true;
  }

  @Value.Check
  void check() {
    Checks checks = Checks.of("DatasetCoding");
    Finding notUnicode = Checks.unicode(dataset(), "dataset");
    if (notUnicode != null) {
      checks.addAll(List.of(notUnicode));
    } else {
      checks.require(
          isDatasetName(dataset()),
          "dataset",
          "datasetCoding.dataset.format",
          () ->
              "a dataset is named by a letter, then up to 31 lower-case ASCII letters, digits"
                  + " and '-', such as icews or gdelt, not '"
                  + dataset()
                  + "'");
    }
    Optional<BigDecimal> goldstein = goldstein();
    checks
        .require(
            cameo().isPresent()
                || goldstein.isPresent()
                || quadClass().isPresent()
                || plover().isPresent(),
            "",
            "datasetCoding.empty",
            "a dataset coding needs at least a CAMEO code, a Goldstein figure, a quad class or a"
                + " PLOVER category")
        .text(record(), "record", "datasetCoding.record.blank");
    if (goldstein.isPresent()) {
      BigDecimal g = goldstein.get();
      checks.require(
          g.compareTo(BigDecimal.TEN) <= 0 && g.compareTo(MINUS_TEN) >= 0,
          "goldstein",
          "datasetCoding.goldstein.range",
          () -> "the Goldstein figure must be from -10 to 10, not " + g);
    }
    checks
        .unique(sources(), "sources", "datasetCoding.sources.duplicate", "the actor")
        .unique(targets(), "targets", "datasetCoding.targets.duplicate", "the actor")
        .addAll(Extensions.check("datasetCoding", extensions()))
        .throwIfAny();
  }
}

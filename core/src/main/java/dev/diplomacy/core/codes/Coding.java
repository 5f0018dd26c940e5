package dev.diplomacy.core.codes;

import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.core.internal.DiplomacyStyle;
import dev.diplomacy.core.validation.ValidationException;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What an event is in the field's codes: its CAMEO code, and through it the root code, quad class
 * and Goldstein score, and its PLOVER category where PLOVER has one, or else why it has none.
 * {@link EventCoding} gives the coding of an event.
 *
 * <pre>{@code
 * Coding c = Coding.of(CameoCode.of("043"));
 * c.goldstein();   // 2.8
 * c.plover();      // CONSULT, mode visit
 * Coding.of(CameoCode.of("018")).ploverGap();
 * // "PLOVER has no category for CAMEO 01/02 (public statements and appeals): 018 'Make empathetic
 * //  comment' is coded in CAMEO only"
 * }</pre>
 *
 * <p>Exactly one of {@link #plover()} and {@link #ploverGap()} is present. The {@link #notes()}
 * say, in plain words, what a reader of the code should know: which rule chose it, or what the code
 * leaves out. Notes are not blank ({@code coding.notes.blank}).
 */
@Value.Immutable
@DiplomacyStyle
public abstract class Coding implements WithCoding {

  Coding() {}

  /** The CAMEO event code. */
  @Value.Parameter
  public abstract CameoCode cameo();

  /**
   * What the reader should know about this coding: the rule that chose it, or what it leaves out.
   */
  public abstract List<String> notes();

  /** A new builder, with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Coding}, from {@link Coding#builder()}. {@code build()} throws a {@link
   * ValidationException} when {@code cameo} is missing, and a {@link ValidationException} that
   * names every rule the coding breaks.
   */
  public static final class Builder extends ImmutableCoding.Builder {
    Builder() {}
  }

  /** The coding of a CAMEO code, without notes. */
  public static Coding of(CameoCode cameo) {
    return ImmutableCoding.of(cameo);
  }

  /** The code's root code: {@code 04} for {@code 043}. */
  public CameoCode root() {
    return cameo().root();
  }

  /** The quad class of the code's root. */
  public QuadClass quadClass() {
    return cameo().quadClass();
  }

  /** The code's Goldstein score, −10 to 10. */
  public double goldstein() {
    return cameo().goldstein();
  }

  /**
   * The PLOVER category, mode and contexts of the code, from {@link PloverTable#forCameo}; empty
   * where PLOVER has none.
   */
  public Optional<PloverMapping> plover() {
    return PloverTable.forCameo(cameo());
  }

  /**
   * Why PLOVER has no category for the code, when it has none; empty when {@link #plover()} is
   * present.
   */
  public Optional<String> ploverGap() {
    if (plover().isPresent()) {
      return Optional.empty();
    }
    CameoCode code = cameo();
    String named = code.code() + " '" + code.label() + "'";
    String root = code.root().code();
    if (root.equals("01") || root.equals("02")) {
      return Optional.of(
          "PLOVER has no category for CAMEO 01/02 (public statements and appeals): "
              + named
              + " is coded in CAMEO only");
    }
    if (code.code().equals("08")) {
      return Optional.of(
          "PLOVER has no category for the CAMEO root code 08 (yield) on its own, as it splits the codes under it"
              + " between CONCEDE and RETREAT: "
              + named
              + " is coded in CAMEO only");
    }
    return Optional.of(
        "The PLOVER " + PloverTable.version() + " table has no category for CAMEO " + named);
  }

  @Value.Check
  void check() {
    Checks.of("Coding").texts(notes(), "notes", "coding.notes.blank").throwIfAny();
  }
}

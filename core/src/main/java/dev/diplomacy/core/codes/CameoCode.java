package dev.diplomacy.core.codes;

import dev.diplomacy.core.validation.ValidationException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An event code of the CAMEO 1.1b3 codebook: a root code of two digits ({@code 04}, consult), or a
 * subcode of three or four digits that starts with its parent ({@code 043} host a visit, {@code
 * 0332} express intent to provide military aid). A code is text, and its leading zeros matter:
 * {@code 042}, never {@code 42}.
 *
 * <p>Each code carries the codebook's name for it, its Goldstein score and its quad class. Only the
 * codes of the codebook exist ({@link CameoCodebook#all()}); there is one instance per code, and
 * codes are equal when their text is. They order as text, so every code follows its parent. Its
 * PLOVER category, where PLOVER has one, is in {@link PloverTable#forCameo}.
 *
 * <pre>{@code
 * CameoCode visit = CameoCode.of("043");
 * visit.label();      // "Host a visit"
 * visit.goldstein();  // 2.8
 * visit.root();       // 04
 * }</pre>
 */
public final class CameoCode implements Comparable<CameoCode> {

  private final String code;
  private final String label;
  private final double goldstein;
  private final @Nullable CameoCode parent;

  CameoCode(String code, String label, double goldstein, @Nullable CameoCode parent) {
    this.code = code;
    this.label = label;
    this.goldstein = goldstein;
    this.parent = parent;
  }

  /**
   * The code of the codebook with the given text, e.g. {@code 042}.
   *
   * @throws ValidationException {@code cameoCode.format} unless the text is 2 to 4 ASCII digits
   *     that start with a root code, {@code 01} to {@code 20} (so {@code 42} is not a code: {@code
   *     042} is); {@code cameoCode.unknown} when the codebook has no such code
   */
  public static CameoCode of(String code) {
    if (!hasFormat(code)) {
      throw ValidationException.of(
          "CameoCode",
          "",
          "cameoCode.format",
          "Invalid CAMEO code '"
              + code
              + "': expected 2 to 4 digits with their leading zeros, the first two a root code from 01 to 20,"
              + " e.g. 042");
    }
    CameoCode found = CameoCodebook.find(code);
    if (found == null) {
      throw ValidationException.of(
          "CameoCode",
          "",
          "cameoCode.unknown",
          "Unknown CAMEO code '"
              + code
              + "': the CAMEO "
              + CameoCodebook.version()
              + " codebook has no such code");
    }
    return found;
  }

  /** True when {@link #of} accepts the text: a code of the codebook. */
  public static boolean isKnown(String code) {
    return hasFormat(code) && CameoCodebook.find(code) != null;
  }

  static boolean hasFormat(String code) {
    if (code.length() < 2 || code.length() > 4) {
      return false;
    }
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    int root = (code.charAt(0) - '0') * 10 + (code.charAt(1) - '0');
    return root >= 1 && root <= 20;
  }

  /** The code as text, with its leading zeros: {@code 042}. */
  public String code() {
    return code;
  }

  /**
   * The root code, the first two digits: {@code 04} for {@code 042}; a root code is its own root.
   */
  public CameoCode root() {
    CameoCode c = this;
    while (c.parent != null) {
      c = c.parent;
    }
    return c;
  }

  /**
   * The code one level up: {@code 033} for {@code 0332}, {@code 03} for {@code 033}; empty for a
   * root code.
   */
  public Optional<CameoCode> parent() {
    return Optional.ofNullable(parent);
  }

  /** True for one of the twenty root codes, {@code 01} to {@code 20}. */
  public boolean isRoot() {
    return parent == null;
  }

  /** The codebook's name for the code, e.g. {@code Make a visit}. */
  public String label() {
    return label;
  }

  /**
   * The code's Goldstein score, from -10 (most conflictual) to +10 (most cooperative), as the
   * codebook's tables give it: {@code 1.9} for {@code 042}.
   */
  public double goldstein() {
    return goldstein;
  }

  /**
   * The quad class of the code's root: {@code 042} is verbal cooperation, {@code 190} material
   * conflict.
   */
  public QuadClass quadClass() {
    // the root's two digits, read without making a string of them
    return QuadClass.ofRoot((code.charAt(0) - '0') * 10 + (code.charAt(1) - '0'));
  }

  /** By code as text: {@code 04} before {@code 040} before {@code 0401}... before {@code 041}. */
  @Override
  public int compareTo(CameoCode other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CameoCode && ((CameoCode) o).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** The code as text, which {@link #of} reads back: {@code 042}. */
  @Override
  public String toString() {
    return code;
  }
}

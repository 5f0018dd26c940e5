package dev.diplomacy.core.codes;

/**
 * The four classes that group CAMEO's twenty root codes: verbal and material cooperation, verbal
 * and material conflict. The rule is that of ICEWS's quad counts: roots 01 to 05 are verbal
 * cooperation, 06 to 08 material cooperation, 09 to 13 verbal conflict and 14 to 20 material
 * conflict. GDELT's {@code QuadClass} column follows another rule, seen on every row of its export
 * files: 01 to 05 verbal cooperation, 06 to 09 material cooperation, 10 to 14 verbal conflict, 15
 * to 20 material conflict. A {@link DatasetCoding} keeps the dataset's own class.
 */
public enum QuadClass {
  /**
   * Roots 01 to 05: statements, appeals, intentions to cooperate, consultations, diplomatic
   * cooperation.
   */
  VERBAL_COOPERATION(1),
  /** Roots 06 to 08: material cooperation, aid, yielding. */
  MATERIAL_COOPERATION(2),
  /** Roots 09 to 13: investigations, demands, disapproval, rejections, threats. */
  VERBAL_CONFLICT(3),
  /**
   * Roots 14 to 20: protest, force posture, reduced relations, coercion, assault, fighting, mass
   * violence.
   */
  MATERIAL_CONFLICT(4);

  private final int number;

  QuadClass(int number) {
    this.number = number;
  }

  /** The class's number in the data sets, 1 to 4. */
  public int number() {
    return number;
  }

  /** The class of a CAMEO root code, given as its number (1 to 20). */
  static QuadClass ofRoot(int root) {
    if (root < 1 || root > 20) {
      throw new IllegalArgumentException("a CAMEO root code is 01 to 20, not " + root);
    }
    if (root <= 5) {
      return VERBAL_COOPERATION;
    }
    if (root <= 8) {
      return MATERIAL_COOPERATION;
    }
    return root <= 13 ? VERBAL_CONFLICT : MATERIAL_CONFLICT;
  }
}

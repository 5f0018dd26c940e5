package dev.diplomacy.core.geography;

/**
 * What sort of area that is not one country's an {@link Area} is. A meeting in one can be at a
 * third location, CAMEO's 044: see {@link dev.diplomacy.core.codes.EventCoding}.
 */
public enum AreaKind {
  /** A zone between countries where no forces may be: the Korean Demilitarized Zone. */
  DEMILITARIZED_ZONE,
  /**
   * A zone that several countries or organisations administer together: the Joint Security Area at
   * Panmunjom, administered by the United Nations Command and North Korea.
   */
  JOINTLY_ADMINISTERED,
  /** The high seas, beyond any country's territorial waters. */
  INTERNATIONAL_WATERS,
  /** The air above international waters, or other airspace of no country. */
  INTERNATIONAL_AIRSPACE,
  /** Territory that two or more countries claim: the claimants are the area's countries. */
  DISPUTED_TERRITORY
}

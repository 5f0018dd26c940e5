package dev.diplomacy.core.codes;

import dev.diplomacy.core.validation.ValidationException;

/**
 * The sixteen event categories of PLOVER (Political Language Ontology for Verifiable Event Records,
 * Open Event Data Alliance), from the most cooperative to the most violent.
 */
public enum PloverCategory {
  AGREE,
  CONSULT,
  SUPPORT,
  CONCEDE,
  COOPERATE,
  AID,
  RETREAT,
  REQUEST,
  ACCUSE,
  REJECT,
  THREATEN,
  PROTEST,
  SANCTION,
  MOBILIZE,
  COERCE,
  ASSAULT;

  /**
   * The category with the given name, as PLOVER writes it: {@code CONSULT}.
   *
   * @throws ValidationException {@code ploverCategory.unknown}, naming the text, for any other text
   */
  public static PloverCategory of(String name) {
    for (PloverCategory c : values()) {
      if (c.name().equals(name)) {
        return c;
      }
    }
    throw ValidationException.of(
        "PloverCategory",
        "",
        "ploverCategory.unknown",
        "Unknown PLOVER category '"
            + name
            + "': expected one of AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID,"
            + " RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT");
  }
}

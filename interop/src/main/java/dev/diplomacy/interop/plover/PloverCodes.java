package dev.diplomacy.interop.plover;

import dev.diplomacy.core.actors.OrganizationKind;
import dev.diplomacy.core.codes.PloverCategory;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The facts of PLOVER that the importer and exporter share: the older names of categories, the
 * CAMEO code that stands for a category, the non-state actor codes, and sectors.
 */
final class PloverCodes {

  /** The namespace of the extensions that carry PLOVER fields: {@code plover:mode}. */
  static final String NS = "plover:";

  /** The category of the documentation records of the gold-standard file. */
  static final String DOCUMENT = "DOCUMENT";

  /**
   * Categories of earlier PLOVER drafts (0.5 to 0.8, the gold-standard records among them) and the
   * PLOVER 2021 category of the same CAMEO root code in the CAMEO2PLOVER-2021 table.
   */
  private static final Map<String, PloverCategory> LEGACY =
      Map.of(
          "DEMAND", PloverCategory.REQUEST, // CAMEO 10
          "DISAPPROVE", PloverCategory.ACCUSE, // CAMEO 11
          "INVESTIGATE", PloverCategory.ACCUSE, // CAMEO 09
          "FIGHT", PloverCategory.ASSAULT); // CAMEO 19 and 20

  /** The CAMEO root code of each older category. */
  private static final Map<String, String> LEGACY_CODE =
      Map.of("DEMAND", "10", "DISAPPROVE", "11", "INVESTIGATE", "09", "FIGHT", "19");

  /**
   * The CAMEO code that stands for each category: the root code that the PLOVER 2021 table maps to
   * it (ACCUSE: 11, disapprove, the commoner of its roots 09 and 11; ASSAULT: 18, of 18, 19 and
   * 20); for CONCEDE and RETREAT, which split the root 08, the first code of the table in each with
   * neither mode nor context (080, 084).
   */
  private static final Map<PloverCategory, String> REPRESENTATIVE =
      new EnumMap<>(PloverCategory.class);

  static {
    REPRESENTATIVE.put(PloverCategory.AGREE, "03");
    REPRESENTATIVE.put(PloverCategory.CONSULT, "04");
    REPRESENTATIVE.put(PloverCategory.SUPPORT, "05");
    REPRESENTATIVE.put(PloverCategory.CONCEDE, "080");
    REPRESENTATIVE.put(PloverCategory.COOPERATE, "06");
    REPRESENTATIVE.put(PloverCategory.AID, "07");
    REPRESENTATIVE.put(PloverCategory.RETREAT, "084");
    REPRESENTATIVE.put(PloverCategory.REQUEST, "10");
    REPRESENTATIVE.put(PloverCategory.ACCUSE, "11");
    REPRESENTATIVE.put(PloverCategory.REJECT, "12");
    REPRESENTATIVE.put(PloverCategory.THREATEN, "13");
    REPRESENTATIVE.put(PloverCategory.PROTEST, "14");
    REPRESENTATIVE.put(PloverCategory.MOBILIZE, "15");
    REPRESENTATIVE.put(PloverCategory.SANCTION, "16");
    REPRESENTATIVE.put(PloverCategory.COERCE, "17");
    REPRESENTATIVE.put(PloverCategory.ASSAULT, "18");
  }

  /**
   * The non-state actor codes of the PLOVER manual (draft 0.8): international governmental
   * organisation, non-governmental organisation, international social movement, transnational
   * militarized group, multi-national corporation.
   */
  static final Set<String> NON_STATE = Set.of("IGO", "NGO", "ISM", "IMG", "MNC");

  private PloverCodes() {}

  /** The category a record's name stands for, older names included; empty for any other name. */
  static Optional<PloverCategory> category(String name) {
    String upper = name.strip().toUpperCase(Locale.ROOT);
    PloverCategory legacy = LEGACY.get(upper);
    if (legacy != null) {
      return Optional.of(legacy);
    }
    for (PloverCategory c : PloverCategory.values()) {
      if (c.name().equals(upper)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * True when {@code name} is a category of an earlier PLOVER draft: DEMAND, DISAPPROVE,
   * INVESTIGATE, FIGHT.
   */
  static boolean isLegacy(String name) {
    return LEGACY.containsKey(name.strip().toUpperCase(Locale.ROOT));
  }

  /**
   * The CAMEO code that stands for a record's category: an older category's root code; ACCUSE with
   * the mode {@code investigate}, 09; otherwise the category's representative code.
   */
  static String representative(String name, PloverCategory category, @Nullable String mode) {
    String legacy = LEGACY_CODE.get(name.strip().toUpperCase(Locale.ROOT));
    if (legacy != null) {
      return legacy;
    }
    if (category == PloverCategory.ACCUSE && "investigate".equalsIgnoreCase(mode)) {
      return "09";
    }
    return REPRESENTATIVE.get(category);
  }

  /** The representative code of every category, for the documentation and its tests. */
  static Map<PloverCategory, String> representatives() {
    return Map.copyOf(REPRESENTATIVE);
  }

  /** The three-letter primary sector of a sector code: {@code CVL} of {@code CVLalb}. */
  static String primarySector(String sector) {
    String s = sector.strip();
    return (s.length() > 3 ? s.substring(0, 3) : s).toUpperCase(Locale.ROOT);
  }

  /** The kind of organisation a non-state code or a sector names; {@code OTHER} when none does. */
  static OrganizationKind organizationKind(@Nullable String code, @Nullable String sector) {
    if ("IGO".equals(code)) {
      return OrganizationKind.INTERNATIONAL_ORGANIZATION;
    }
    if ("NGO".equals(code)) {
      return OrganizationKind.NGO;
    }
    if ("MNC".equals(code)) {
      return OrganizationKind.COMPANY;
    }
    if (sector == null) {
      return OrganizationKind.OTHER;
    }
    switch (primarySector(sector)) {
      case "GOV":
        return OrganizationKind.GOVERNMENT;
      case "MIL":
        return OrganizationKind.MILITARY;
      case "LEG":
        return OrganizationKind.LEGISLATURE;
      case "PTY":
        return OrganizationKind.POLITICAL_PARTY;
      case "JRN":
        return OrganizationKind.NEWS_MEDIA;
      case "BUS":
        return OrganizationKind.COMPANY;
      default:
        return OrganizationKind.OTHER;
    }
  }

  /** The sector of a kind of organisation, where PLOVER has one. */
  static Optional<String> sector(OrganizationKind kind) {
    switch (kind) {
      case GOVERNMENT:
      case MINISTRY:
      case EMBASSY:
        return Optional.of("GOV");
      case MILITARY:
        return Optional.of("MIL");
      case LEGISLATURE:
        return Optional.of("LEG");
      case POLITICAL_PARTY:
        return Optional.of("PTY");
      case NEWS_MEDIA:
        return Optional.of("JRN");
      case COMPANY:
        return Optional.of("BUS");
      default:
        return Optional.empty();
    }
  }
}

package dev.diplomacy.core.codes;

import dev.diplomacy.core.internal.BundledTables;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The PLOVER 2021 table from CAMEO event codes to PLOVER categories, modes and contexts ({@code
 * CAMEO2PLOVER-2021.txt} of the Open Event Data Alliance, CC BY-SA 4.0). The table is a resource of
 * the library ({@code cameo-to-plover-2021.tsv}), read once when first needed.
 *
 * <p>Not every CAMEO code has a PLOVER category. PLOVER has none for CAMEO 01/02 (public
 * statements, appeals): greetings, letters and condolences map to CAMEO only. Nor does the root
 * code 08 (yield) have one, as PLOVER splits its codes between CONCEDE and RETREAT.
 */
public final class PloverTable {

  private static final String VERSION = "2021";
  private static final String TABLE = "cameo-to-plover-" + VERSION + ".tsv";

  private PloverTable() {}

  /** The table's version: {@code 2021}. */
  public static String version() {
    return VERSION;
  }

  /**
   * The PLOVER category, mode and contexts of a CAMEO code: {@code 043} is CONSULT with the mode
   * {@code visit}. Empty where PLOVER has no category: PLOVER has none for CAMEO 01/02 (public
   * statements, appeals), so greetings, letters and condolences ({@code 018}) map to CAMEO only;
   * nor has the root code {@code 08}, whose codes PLOVER splits between CONCEDE and RETREAT.
   */
  public static Optional<PloverMapping> forCameo(CameoCode code) {
    return Optional.ofNullable(Holder.TABLE.get(code));
  }

  /**
   * Every CAMEO code that has a PLOVER category, with it, ordered by code. The map cannot be
   * modified.
   */
  public static Map<CameoCode, PloverMapping> all() {
    return Holder.TABLE;
  }

  /** Loads the table when first used. */
  private static final class Holder {
    static final Map<CameoCode, PloverMapping> TABLE = load();
  }

  /**
   * Columns: CAMEO code, category, mode (may be empty), contexts separated by {@code ;} (may be
   * empty).
   */
  private static Map<CameoCode, PloverMapping> load() {
    Map<CameoCode, PloverMapping> table = new LinkedHashMap<>();
    BundledTables.forEachRow(
        PloverTable.class,
        TABLE,
        4,
        row -> {
          CameoCode code = CameoCode.of(row.get(0));
          List<String> contexts =
              row.get(3).isEmpty() ? List.of() : List.of(row.get(3).split(";", -1));
          PloverMapping mapping =
              PloverMapping.builder()
                  .category(PloverCategory.of(row.get(1)))
                  .mode(row.get(2).isEmpty() ? Optional.empty() : Optional.of(row.get(2)))
                  .contexts(contexts)
                  .build();
          if (table.put(code, mapping) != null) {
            throw new IllegalArgumentException("the code " + code + " is listed twice");
          }
        });
    return Collections.unmodifiableMap(table);
  }
}

package dev.diplomacy.core.codes;

import dev.diplomacy.core.validation.ValidationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
    try (InputStream in = PloverTable.class.getResourceAsStream(TABLE)) {
      if (in == null) {
        throw new IllegalStateException(
            "the PLOVER table " + TABLE + " is missing from the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int lineNumber = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        String where = TABLE + " line " + lineNumber;
        if (f.length != 4) {
          throw new IllegalStateException(where + " is not a row of 4 columns: " + line);
        }
        try {
          CameoCode code = CameoCode.of(f[0]);
          List<String> contexts = new ArrayList<>();
          if (!f[3].isEmpty()) {
            contexts.addAll(List.of(f[3].split(";", -1)));
          }
          PloverMapping mapping =
              PloverMapping.builder()
                  .category(PloverCategory.of(f[1]))
                  .mode(f[2].isEmpty() ? Optional.empty() : Optional.of(f[2]))
                  .contexts(contexts)
                  .build();
          if (table.put(code, mapping) != null) {
            throw new IllegalStateException(where + ": code " + code + " is listed twice");
          }
        } catch (ValidationException e) {
          throw new IllegalStateException(where + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Collections.unmodifiableMap(table);
  }
}

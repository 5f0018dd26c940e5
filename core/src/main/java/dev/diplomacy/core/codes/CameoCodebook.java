package dev.diplomacy.core.codes;

import dev.diplomacy.core.internal.BundledTables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The CAMEO event codebook, version 1.1b3: its 312 codes (20 root codes and their subcodes), with
 * names and Goldstein scores. The table is a resource of the library ({@code cameo-1.1b3.tsv},
 * written from the codebook), read once when first needed.
 */
public final class CameoCodebook {

  private static final String VERSION = "1.1b3";
  private static final String TABLE = "cameo-" + VERSION + ".tsv";

  private CameoCodebook() {}

  /** The codebook's version: {@code 1.1b3}. */
  public static String version() {
    return VERSION;
  }

  /**
   * Every code of the codebook, ordered as text (each root code, then its subcodes). The list
   * cannot be modified.
   */
  public static List<CameoCode> all() {
    return Holder.TABLE.all;
  }

  static @Nullable CameoCode find(String code) {
    return Holder.TABLE.byCode.get(code);
  }

  /** Loads the table when first used. */
  private static final class Holder {
    static final Table TABLE = Table.load();
  }

  /** The table. Columns: code, name, Goldstein score. */
  private static final class Table {
    final Map<String, CameoCode> byCode;
    final List<CameoCode> all;

    private Table(Map<String, CameoCode> byCode, List<CameoCode> all) {
      this.byCode = byCode;
      this.all = all;
    }

    static Table load() {
      Map<String, CameoCode> byCode = new HashMap<>();
      List<CameoCode> all = new ArrayList<>();
      BundledTables.forEachRow(
          CameoCodebook.class,
          TABLE,
          3,
          row -> {
            String code = row.get(0);
            if (!CameoCode.hasFormat(code) || row.get(1).isBlank()) {
              throw new IllegalArgumentException(
                  "a row is a code of 2 to 4 digits and a name, not '"
                      + code
                      + "' and '"
                      + row.get(1)
                      + "'");
            }
            String previous = all.isEmpty() ? "" : all.get(all.size() - 1).code();
            if (code.compareTo(previous) <= 0) {
              throw new IllegalArgumentException(
                  "the code " + code + " is out of order or listed twice");
            }
            CameoCode parent = null;
            if (code.length() > 2) {
              parent = byCode.get(code.substring(0, code.length() - 1));
              if (parent == null) {
                throw new IllegalArgumentException("the code " + code + " comes before its parent");
              }
            }
            double goldstein;
            try {
              goldstein = Double.parseDouble(row.get(2));
            } catch (NumberFormatException e) {
              throw new IllegalArgumentException(
                  "the Goldstein score '" + row.get(2) + "' is not a number", e);
            }
            if (!(goldstein >= -10 && goldstein <= 10)) {
              throw new IllegalArgumentException(
                  "the Goldstein score " + row.get(2) + " is not in -10..10");
            }
            CameoCode c = new CameoCode(code, row.get(1), goldstein, parent);
            byCode.put(code, c);
            all.add(c);
          });
      return new Table(Map.copyOf(byCode), List.copyOf(all));
    }
  }
}

package dev.diplomacy.core.codes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
      try (InputStream in = CameoCodebook.class.getResourceAsStream(TABLE)) {
        if (in == null) {
          throw new IllegalStateException(
              "the CAMEO codebook " + TABLE + " is missing from the class path");
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int lineNumber = 0;
        String previous = "";
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          lineNumber++;
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] f = line.split("\t", -1);
          String where = TABLE + " line " + lineNumber;
          if (f.length != 3 || !CameoCode.hasFormat(f[0]) || f[1].isBlank()) {
            throw new IllegalStateException(where + " is not a code row: " + line);
          }
          if (f[0].compareTo(previous) <= 0) {
            throw new IllegalStateException(
                where + ": code " + f[0] + " is out of order or listed twice");
          }
          previous = f[0];
          CameoCode parent = null;
          if (f[0].length() > 2) {
            parent = byCode.get(f[0].substring(0, f[0].length() - 1));
            if (parent == null) {
              throw new IllegalStateException(
                  where + ": code " + f[0] + " comes before its parent");
            }
          }
          double goldstein;
          try {
            goldstein = Double.parseDouble(f[2]);
          } catch (NumberFormatException e) {
            throw new IllegalStateException(
                where + ": Goldstein score '" + f[2] + "' is not a number", e);
          }
          if (!(goldstein >= -10 && goldstein <= 10)) {
            throw new IllegalStateException(
                where + ": Goldstein score " + f[2] + " is not in -10..10");
          }
          CameoCode code = new CameoCode(f[0], f[1], goldstein, parent);
          byCode.put(code.code(), code);
          all.add(code);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new Table(Map.copyOf(byCode), List.copyOf(all));
    }
  }
}

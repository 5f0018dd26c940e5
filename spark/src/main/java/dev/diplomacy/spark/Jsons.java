package dev.diplomacy.spark;

import dev.diplomacy.json.DiplomacyJson;
import dev.diplomacy.json.format.Mode;
import java.util.EnumMap;
import java.util.Map;

/** One {@link DiplomacyJson} per mode and JVM, made on first use in each executor. */
final class Jsons {

  private static final Map<Mode, DiplomacyJson> JSONS = new EnumMap<>(Mode.class);

  private Jsons() {}

  static synchronized DiplomacyJson of(Mode mode) {
    return JSONS.computeIfAbsent(mode, m -> DiplomacyJson.builder().mode(m).build());
  }
}

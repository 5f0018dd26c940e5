package dev.diplomacy.benchmarks.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.EnumNamingStrategies;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The plain Jackson 3 mappers of the records, configured as a user would to match the format: one
 * that reads enums in any case, and one that reads only the lower case the format writes.
 */
public final class RecordsJson {

  private RecordsJson() {}

  /**
   * A mapper that leaves out nulls and empty lists, writes enums in lower case and reads them in
   * any case, and keeps the records' order of properties.
   */
  public static JsonMapper mapper() {
    return builder().enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS).build();
  }

  /**
   * The same as {@link #mapper()}, except that enums are read only in the exact lower case they are
   * written in (Jackson's naming strategy for enums, {@code SOME_VALUE} as {@code some_value}): the
   * path without case folding, and the stricter reading.
   */
  public static JsonMapper exactMapper() {
    return builder().enumNamingStrategy(EnumNamingStrategies.SNAKE_CASE).build();
  }

  private static JsonMapper.Builder builder() {
    return JsonMapper.builder()
        .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_EMPTY))
        .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY);
  }
}

package dev.diplomacy.benchmarks.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/** The plain Jackson 3 mapper of the records, configured as a user would to match the format. */
public final class RecordsJson {

  private RecordsJson() {}

  /**
   * A mapper that leaves out nulls and empty lists, writes enums in lower case and reads them in
   * any case, and keeps the records' order of properties.
   */
  public static JsonMapper mapper() {
    return JsonMapper.builder()
        .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_EMPTY))
        .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
        .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .build();
  }
}

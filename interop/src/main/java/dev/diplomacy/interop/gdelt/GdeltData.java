package dev.diplomacy.interop.gdelt;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.geography.Coordinates;
import dev.diplomacy.core.geography.Place;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every {@code gdelt:} extension an import writes, built here and nowhere else: the dataset's own
 * coding and counts on the event, the administrative codes on places, and the actors' geographies.
 * When the model gains typed attributes for them, this is the one class to change.
 */
final class GdeltData {

  static final String EVENT_CODE = "gdelt:eventCode";
  static final String QUAD_CLASS = "gdelt:quadClass";
  static final String GOLDSTEIN = "gdelt:goldsteinScale";
  static final String NUM_MENTIONS = "gdelt:numMentions";
  static final String NUM_SOURCES = "gdelt:numSources";
  static final String NUM_ARTICLES = "gdelt:numArticles";
  static final String AVG_TONE = "gdelt:avgTone";
  static final String IS_ROOT_EVENT = "gdelt:isRootEvent";
  static final String DATE_ADDED = "gdelt:dateAdded";
  static final String ACTOR1_NAME = "gdelt:actor1Name";
  static final String ACTOR2_NAME = "gdelt:actor2Name";
  static final String ACTOR1_GEO = "gdelt:actor1Geo";
  static final String ACTOR2_GEO = "gdelt:actor2Geo";
  static final String SOURCE_URL = "gdelt:sourceUrl";

  static final String GEO_TYPE = "gdelt:geoType";
  static final String FIPS_COUNTRY = "gdelt:countryCode";
  static final String ADM1 = "gdelt:adm1Code";
  static final String ADM2 = "gdelt:adm2Code";
  static final String FEATURE_ID = "gdelt:featureId";

  private GdeltData() {}

  /** The extensions of the event of {@code row}; the source URL only when it has no source. */
  static Map<String, ExtensionValue> event(GdeltRow row, boolean withSourceUrl) {
    Map<String, ExtensionValue> x = new LinkedHashMap<>();
    x.put(EVENT_CODE, ExtensionValue.of(row.eventCode().code()));
    x.put(QUAD_CLASS, ExtensionValue.of(row.quadClass()));
    x.put(GOLDSTEIN, ExtensionValue.of(row.goldstein()));
    x.put(NUM_MENTIONS, ExtensionValue.of(row.numMentions()));
    x.put(NUM_SOURCES, ExtensionValue.of(row.numSources()));
    x.put(NUM_ARTICLES, ExtensionValue.of(row.numArticles()));
    x.put(AVG_TONE, ExtensionValue.of(row.avgTone()));
    x.put(IS_ROOT_EVENT, ExtensionValue.of(row.rootEvent()));
    x.put(DATE_ADDED, ExtensionValue.of(row.dateAdded().toString()));
    row.actor1().name().ifPresent(n -> x.put(ACTOR1_NAME, ExtensionValue.of(n)));
    row.actor2().name().ifPresent(n -> x.put(ACTOR2_NAME, ExtensionValue.of(n)));
    row.actor1Geo().ifPresent(g -> x.put(ACTOR1_GEO, geo(g)));
    row.actor2Geo().ifPresent(g -> x.put(ACTOR2_GEO, geo(g)));
    if (withSourceUrl) {
      row.sourceUrl().ifPresent(u -> x.put(SOURCE_URL, ExtensionValue.of(u)));
    }
    return x;
  }

  /**
   * The place of a geography: its full name, the locality (the first part of the full name, for a
   * city), the ISO country, the coordinates; GDELT's type, FIPS code, ADM1 and ADM2 codes and
   * feature id as extensions.
   */
  static Place place(GdeltRow.Geo g) {
    Map<String, ExtensionValue> x = new LinkedHashMap<>();
    x.put(GEO_TYPE, ExtensionValue.of(g.type()));
    g.fipsCode().ifPresent(c -> x.put(FIPS_COUNTRY, ExtensionValue.of(c)));
    g.adm1().ifPresent(c -> x.put(ADM1, ExtensionValue.of(c)));
    g.adm2().ifPresent(c -> x.put(ADM2, ExtensionValue.of(c)));
    g.featureId().ifPresent(c -> x.put(FEATURE_ID, ExtensionValue.of(c)));
    Optional<String> locality = Optional.empty();
    if ((g.type() == 3 || g.type() == 4) && g.fullName().isPresent()) {
      String full = g.fullName().get();
      int comma = full.indexOf(',');
      String first = (comma < 0 ? full : full.substring(0, comma)).strip();
      locality = first.isEmpty() ? Optional.empty() : Optional.of(first);
    }
    Optional<Coordinates> coordinates =
        g.latitude().isPresent()
            ? Optional.of(
                Coordinates.of(
                    g.latitude().get().doubleValue(), g.longitude().orElseThrow().doubleValue()))
            : Optional.empty();
    return Place.builder()
        .name(g.fullName())
        .locality(locality)
        .country(g.country())
        .coordinates(coordinates)
        .extensions(x)
        .build();
  }

  /** An actor's geography as data on the event: the members of its place, by GDELT's names. */
  private static ExtensionValue geo(GdeltRow.Geo g) {
    Map<String, ExtensionValue> m = new LinkedHashMap<>();
    m.put("type", ExtensionValue.of(g.type()));
    g.fullName().ifPresent(v -> m.put("fullName", ExtensionValue.of(v)));
    g.fipsCode().ifPresent(v -> m.put("countryCode", ExtensionValue.of(v)));
    g.country().ifPresent(v -> m.put("country", ExtensionValue.of(v.alpha2())));
    g.adm1().ifPresent(v -> m.put("adm1Code", ExtensionValue.of(v)));
    g.adm2().ifPresent(v -> m.put("adm2Code", ExtensionValue.of(v)));
    g.latitude().ifPresent(v -> m.put("lat", ExtensionValue.of(v)));
    g.longitude().ifPresent(v -> m.put("long", ExtensionValue.of(v)));
    g.featureId().ifPresent(v -> m.put("featureId", ExtensionValue.of(v)));
    return new ExtensionValue.MapValue(m);
  }
}

package dev.diplomacy.interop.gdelt;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.codes.DatasetCoding;
import dev.diplomacy.core.geography.AdminDivision;
import dev.diplomacy.core.geography.Coordinates;
import dev.diplomacy.core.geography.Place;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a GDELT row says beyond its event's envelope, built here and nowhere else: the row's {@link
 * DatasetCoding} (dataset {@value #DATASET}), the places of its geographies, and every {@code
 * gdelt:} extension, for the figures the model has no typed home for (counts, tone, the row's actor
 * names and geographies). One instance serves one stream, and remembers the few values that repeat
 * from row to row.
 */
final class GdeltData {

  /** The name of the dataset in the codings of its rows ({@link DatasetCoding#dataset()}). */
  static final String DATASET = "gdelt";

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
  static final String FEATURE_ID = "gdelt:featureId";

  /** Counts below this are written with values made once. */
  private static final int SMALL = 256;

  private static final ExtensionValue[] COUNTS = new ExtensionValue[SMALL];
  private static final ExtensionValue TRUE = ExtensionValue.of(true);
  private static final ExtensionValue FALSE = ExtensionValue.of(false);

  static {
    for (int i = 0; i < SMALL; i++) {
      COUNTS[i] = ExtensionValue.of(i);
    }
  }

  private String lastDateAdded = "";
  private ExtensionValue lastDateAddedValue = ExtensionValue.of("");

  /**
   * The builder of every row's coding, reused: each row sets every attribute a coding of GDELT has
   * (none has a PLOVER category), so nothing of a row is left for the next one; its extensions are
   * put straight in, not copied from a map of their own.
   */
  private final DatasetCoding.Builder codings = DatasetCoding.builder().dataset(DATASET);

  /**
   * What the row said, as GDELT gave it: its GLOBALEVENTID, EventCode, GoldsteinScale (exact, as
   * written) and QuadClass, its Actor1 as source and Actor2 as target; and as the coding's
   * extensions, the row's own figures that the model has no typed home for: its counts, tone, root
   * flag and time added, the names the text gave its actors, and where it placed them.
   */
  DatasetCoding coding(GdeltRow row, Optional<Id> actor1, Optional<Id> actor2) {
    DatasetCoding.Builder b =
        codings
            .record(row.eventId())
            .cameo(row.eventCode())
            .goldstein(row.goldstein())
            .quadClass(row.quadClass())
            .sources(actor1.map(List::of).orElse(List.of()))
            .targets(actor2.map(List::of).orElse(List.of()))
            .extensions(Map.of())
            .putExtension(NUM_MENTIONS, count(row.numMentions()))
            .putExtension(NUM_SOURCES, count(row.numSources()))
            .putExtension(NUM_ARTICLES, count(row.numArticles()))
            .putExtension(AVG_TONE, ExtensionValue.of(row.avgTone()))
            .putExtension(IS_ROOT_EVENT, row.rootEvent() ? TRUE : FALSE)
            .putExtension(DATE_ADDED, dateAdded(row.dateAdded()));
    if (row.actor1().name().isPresent()) {
      b.putExtension(ACTOR1_NAME, ExtensionValue.of(row.actor1().name().get()));
    }
    if (row.actor2().name().isPresent()) {
      b.putExtension(ACTOR2_NAME, ExtensionValue.of(row.actor2().name().get()));
    }
    if (row.actor1Geo().isPresent()) {
      b.putExtension(ACTOR1_GEO, row.actor1Geo().get().data());
    }
    if (row.actor2Geo().isPresent()) {
      b.putExtension(ACTOR2_GEO, row.actor2Geo().get().data());
    }
    return b.build();
  }

  /**
   * The extensions of the event of {@code row}: only its SOURCEURL, when it is no web address and
   * so cannot be the event's source.
   */
  static Map<String, ExtensionValue> event(GdeltRow row, boolean withSourceUrl) {
    if (withSourceUrl && row.sourceUrl().isPresent()) {
      return Map.of(SOURCE_URL, ExtensionValue.of(row.sourceUrl().get()));
    }
    return Map.of();
  }

  private static ExtensionValue count(long n) {
    return n < SMALL ? COUNTS[(int) n] : ExtensionValue.of(n);
  }

  /** The time a row was added: the same for every row of a 15-minute file, so made once. */
  private ExtensionValue dateAdded(String iso) {
    if (!iso.equals(lastDateAdded)) {
      lastDateAdded = iso;
      lastDateAddedValue = ExtensionValue.of(iso);
    }
    return lastDateAddedValue;
  }

  /**
   * The place of a geography: its full name, the locality (the first part of the full name, for a
   * city), the ISO country, the ADM1 and ADM2 codes as {@link Place#admin1()} and {@link
   * Place#admin2()}, the coordinates; GDELT's type, FIPS code and feature id as extensions.
   */
  static Place place(GdeltRow.Geo g) {
    Map<String, ExtensionValue> x = new LinkedHashMap<>();
    x.put(GEO_TYPE, COUNTS[g.type]);
    g.fipsCode.ifPresent(c -> x.put(FIPS_COUNTRY, ExtensionValue.of(c)));
    g.featureId.ifPresent(c -> x.put(FEATURE_ID, ExtensionValue.of(c)));
    Optional<String> locality = Optional.empty();
    if ((g.type == 3 || g.type == 4) && g.fullName.isPresent()) {
      String full = g.fullName.get();
      int comma = full.indexOf(',');
      String first = (comma < 0 ? full : full.substring(0, comma)).strip();
      locality = first.isEmpty() ? Optional.empty() : Optional.of(first);
    }
    Optional<Coordinates> coordinates =
        g.latitude.isPresent()
            ? Optional.of(
                Coordinates.of(
                    g.latitude.get().doubleValue(), g.longitude.orElseThrow().doubleValue()))
            : Optional.empty();
    return Place.builder()
        .name(g.fullName)
        .locality(locality)
        .country(g.country)
        .admin1(g.adm1.map(c -> AdminDivision.builder().code(c).build()))
        .admin2(g.adm2.map(c -> AdminDivision.builder().code(c).build()))
        .coordinates(coordinates)
        .extensions(x)
        .build();
  }

  /**
   * An actor's geography as data on the event: its place ({@link #place}) as an object of the
   * members the place has in the dossier format ({@code name}, {@code country} as ISO alpha-2,
   * {@code admin1} and {@code admin2} as {@code {"code": ...}}, {@code locality}, {@code
   * coordinates} as {@code {"latitude": ..., "longitude": ...}} exactly as written, and the place's
   * {@code gdelt:} extensions), so that it reads back as a {@code Place}.
   */
  static ExtensionValue geo(GdeltRow.Geo g) {
    Place p = g.place();
    Map<String, ExtensionValue> m = new LinkedHashMap<>();
    p.name().ifPresent(v -> m.put("name", ExtensionValue.of(v)));
    p.country().ifPresent(v -> m.put("country", ExtensionValue.of(v.alpha2())));
    p.admin1().flatMap(AdminDivision::code).ifPresent(v -> m.put("admin1", code(v)));
    p.admin2().flatMap(AdminDivision::code).ifPresent(v -> m.put("admin2", code(v)));
    p.locality().ifPresent(v -> m.put("locality", ExtensionValue.of(v)));
    if (g.latitude.isPresent() && g.longitude.isPresent()) {
      Map<String, ExtensionValue> c = new LinkedHashMap<>();
      c.put("latitude", ExtensionValue.of(g.latitude.get()));
      c.put("longitude", ExtensionValue.of(g.longitude.get()));
      m.put("coordinates", new ExtensionValue.MapValue(c));
    }
    m.putAll(p.extensions());
    return new ExtensionValue.MapValue(m);
  }

  private static ExtensionValue code(String code) {
    return new ExtensionValue.MapValue(Map.of("code", ExtensionValue.of(code)));
  }
}

package dev.diplomacy.interop.gdelt;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.codes.CameoCode;
import dev.diplomacy.core.codes.QuadClass;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.geography.Place;
import dev.diplomacy.core.time.When;
import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** One row of a GDELT 2.0 export file, its values checked; empty fields read as absent. */
record GdeltRow(
    int line,
    String eventId,
    When date,
    Side actor1,
    Side actor2,
    boolean rootEvent,
    CameoCode eventCode,
    QuadClass quadClass,
    BigDecimal goldstein,
    long numMentions,
    long numSources,
    long numArticles,
    BigDecimal avgTone,
    Optional<Geo> actor1Geo,
    Optional<Geo> actor2Geo,
    Optional<Geo> actionGeo,
    String dateAdded,
    Optional<String> sourceUrl) {

  /** An actor as the row gives it: its CAMEO code and the name the text used. */
  record Side(Optional<String> code, Optional<String> name) {}

  /**
   * A geography: GDELT's type (1 country, 2 US state, 3 US city, 4 world city, 5 world state), its
   * full name, its FIPS 10-4 country code and the ISO country it stands for, its ADM1 and ADM2
   * codes, coordinates and feature id. The same columns read again give the same geography, so a
   * geography is made once and its place and its data, both immutable, are made at most once.
   */
  static final class Geo {
    final int type;
    final Optional<String> fullName;
    final Optional<String> fipsCode;
    final Optional<Country> country;
    final Optional<String> adm1;
    final Optional<String> adm2;
    final Optional<BigDecimal> latitude;
    final Optional<BigDecimal> longitude;
    final Optional<String> featureId;
    private @Nullable Place place;
    private @Nullable ExtensionValue data;

    Geo(
        int type,
        Optional<String> fullName,
        Optional<String> fipsCode,
        Optional<Country> country,
        Optional<String> adm1,
        Optional<String> adm2,
        Optional<BigDecimal> latitude,
        Optional<BigDecimal> longitude,
        Optional<String> featureId) {
      this.type = type;
      this.fullName = fullName;
      this.fipsCode = fipsCode;
      this.country = country;
      this.adm1 = adm1;
      this.adm2 = adm2;
      this.latitude = latitude;
      this.longitude = longitude;
      this.featureId = featureId;
    }

    /** The geography as the event's place: {@link GdeltData#place}, made on first use. */
    Place place() {
      Place p = place;
      if (p == null) {
        p = GdeltData.place(this);
        place = p;
      }
      return p;
    }

    /** The geography as data on the event: {@link GdeltData#geo}, made on first use. */
    ExtensionValue data() {
      ExtensionValue d = data;
      if (d == null) {
        d = GdeltData.geo(this);
        data = d;
      }
      return d;
    }
  }
}

package dev.diplomacy.interop.gdelt;

import dev.diplomacy.core.codes.CameoCode;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.time.PartialDate;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** One row of a GDELT 2.0 export file, its values checked; empty fields read as absent. */
record GdeltRow(
    int line,
    String eventId,
    PartialDate date,
    Side actor1,
    Side actor2,
    boolean rootEvent,
    CameoCode eventCode,
    int quadClass,
    BigDecimal goldstein,
    long numMentions,
    long numSources,
    long numArticles,
    BigDecimal avgTone,
    Optional<Geo> actor1Geo,
    Optional<Geo> actor2Geo,
    Optional<Geo> actionGeo,
    Instant dateAdded,
    Optional<String> sourceUrl) {

  /** An actor as the row gives it: its CAMEO code and the name the text used. */
  record Side(Optional<String> code, Optional<String> name) {}

  /**
   * A geography: GDELT's type (1 country, 2 US state, 3 US city, 4 world city, 5 world state), its
   * full name, its FIPS 10-4 country code and the ISO country it stands for, its ADM1 and ADM2
   * codes, coordinates and feature id.
   */
  record Geo(
      int type,
      Optional<String> fullName,
      Optional<String> fipsCode,
      Optional<Country> country,
      Optional<String> adm1,
      Optional<String> adm2,
      Optional<BigDecimal> latitude,
      Optional<BigDecimal> longitude,
      Optional<String> featureId) {}
}

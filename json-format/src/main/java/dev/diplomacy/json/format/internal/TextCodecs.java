package dev.diplomacy.json.format.internal;

import dev.diplomacy.core.ExternalId;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.codes.CameoCode;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.time.PartialDate;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The types written as one JSON string. Each reads only the text it writes, so nothing changes on a
 * round trip.
 */
public final class TextCodecs {

  /**
   * The text of the model's attributes. Whether blank text is allowed is the core's rule, applied
   * when the value is built, as is the rule that it is valid Unicode: so it is written unscanned.
   */
  public static final TextCodec<String> TEXT =
      TextCodec.valid(String.class, "a string", s -> s, s -> s);

  /** {@code 1986}, {@code 2018-07}, {@code 2018-07-05}. */
  public static final TextCodec<PartialDate> PARTIAL_DATE =
      TextCodec.valid(
          PartialDate.class,
          "a partial date such as 2018-07-05",
          PartialDate::parse,
          PartialDate::toString);

  /** {@code kim-jong-un}. */
  public static final TextCodec<Id> ID =
      TextCodec.valid(Id.class, "an id such as kim-jong-un", Id::of, Id::value);

  /** {@code wikidata:Q56226}. */
  static final TextCodec<ExternalId> EXTERNAL_ID =
      TextCodec.of(
          ExternalId.class,
          "an external id such as wikidata:Q56226",
          ExternalId::parse,
          ExternalId::toString);

  /** {@code 042}: a code of the CAMEO codebook, its leading zeros kept. */
  static final TextCodec<CameoCode> CAMEO_CODE =
      TextCodec.valid(CameoCode.class, "a CAMEO code such as 042", CameoCode::of, CameoCode::code);

  /** {@code CU}: see {@link #countryCode}. */
  static final TextCodec<Country> COUNTRY =
      TextCodec.valid(
          Country.class, "a country code such as CU", TextCodecs::country, TextCodecs::countryCode);

  /** An absolute or relative URI reference, as RFC 3986 writes it. */
  public static final TextCodec<URI> URI_REFERENCE =
      TextCodec.of(URI.class, "a URI such as https://kcna.kp/", TextCodecs::uri, URI::toString);

  /** {@code 10:30}, {@code 10:30:15}, {@code 10:30:15.250}: {@link LocalTime#toString()}. */
  static final TextCodec<LocalTime> TIME =
      TextCodec.valid(
          LocalTime.class, "a time such as 10:30", TextCodecs::time, LocalTime::toString);

  /** {@code +09:00}, {@code -05:00}, {@code +00:00}. */
  static final TextCodec<ZoneOffset> OFFSET =
      TextCodec.valid(
          ZoneOffset.class,
          "an offset from UTC such as +09:00",
          TextCodecs::offset,
          TextCodecs::offsetText);

  private TextCodecs() {}

  /**
   * The codec of an enum, whose values are written in lower snake case: {@code NEWS_MEDIA} is
   * {@code "news_media"}. Only that form is read.
   */
  public static <E extends Enum<E>> TextCodec<E> enumeration(Class<E> type) {
    Map<String, E> byName = new LinkedHashMap<>();
    for (E constant : type.getEnumConstants()) {
      byName.put(enumName(constant), constant);
    }
    String[] names = enumNames(type);
    return TextCodec.valid(
        type,
        "one of " + byName.keySet(),
        text -> {
          E found = byName.get(text);
          if (found == null) {
            throw new IllegalArgumentException("\"" + text + "\" is not one of " + byName.keySet());
          }
          return found;
        },
        constant -> names[constant.ordinal()]);
  }

  /** The JSON names of the constants of {@code type}, by ordinal. */
  static String[] enumNames(Class<? extends Enum<?>> type) {
    Enum<?>[] constants = type.getEnumConstants();
    String[] names = new String[constants.length];
    for (Enum<?> constant : constants) {
      names[constant.ordinal()] = enumName(constant);
    }
    return names;
  }

  /** The JSON name of an enum constant: its name in lower case, {@code news_media}. */
  public static String enumName(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  /**
   * The code a country is written as: its ISO 3166-1 alpha-2 code ({@code CU}); but for the six
   * former states whose alpha-2 code now names another country (Czechoslovakia's CS, the
   * Byelorussian SSR's BY, Sikkim's SK, ...), their alpha-3 code ({@code CSK}, {@code BYS}, {@code
   * SKM}), so that every country reads back as itself.
   */
  public static String countryCode(Country country) {
    return !country.isFormer() || Country.of(country.alpha2()) == country
        ? country.alpha2()
        : country.alpha3();
  }

  private static Country country(String code) {
    Country found = Country.find(code).orElse(null);
    if (found == null) {
      return Country.of(code); // throws country.unknown
    }
    // find gives the country that owns the code, so its own alpha-2 code is canonical.
    if (!code.equals(found.alpha2()) && !code.equals(countryCode(found))) {
      throw new IllegalArgumentException(
          "a country is written as its ISO 3166-1 alpha-2 code in capitals: "
              + countryCode(found)
              + " ("
              + found.name()
              + "), not '"
              + code
              + "'");
    }
    return found;
  }

  private static URI uri(String text) {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a URI: " + e.getMessage(), e);
    }
  }

  private static LocalTime time(String text) {
    LocalTime time;
    try {
      time = LocalTime.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a time of day such as 10:30 or 10:30:15", e);
    }
    if (!time.toString().equals(text)) {
      throw new IllegalArgumentException("write the time " + text + " as " + time);
    }
    return time;
  }

  private static ZoneOffset offset(String text) {
    ZoneOffset offset;
    try {
      offset = text.equals("Z") ? ZoneOffset.UTC : ZoneOffset.of(text);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not an offset from UTC such as +09:00", e);
    }
    if (!offsetText(offset).equals(text)) {
      throw new IllegalArgumentException("write the offset " + text + " as " + offsetText(offset));
    }
    return offset;
  }

  /** {@code +09:00}; {@code +00:00} for UTC; seconds only when there are some. */
  static String offsetText(ZoneOffset offset) {
    return offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId();
  }
}

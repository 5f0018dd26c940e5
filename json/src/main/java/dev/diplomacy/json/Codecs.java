package dev.diplomacy.json;

import java.util.List;

/** Every codec of the library: what {@link DiplomacyModule} registers. Adding a type means adding its codec here. */
final class Codecs {

  static final List<JsonCodec<?>> ALL =
      List.of(
          TextCodecs.PARTIAL_DATE,
          TextCodecs.ID,
          TextCodecs.EXTERNAL_ID,
          TextCodecs.COUNTRY,
          ExtensionValueCodec.INSTANCE,
          DateSpanCodec.CODEC,
          WhenCodec.CODEC,
          CoordinatesCodec.CODEC,
          PlaceCodec.CODEC);

  private Codecs() {}
}

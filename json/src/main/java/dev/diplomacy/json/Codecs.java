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
          PlaceCodec.CODEC,
          NameCodec.CODEC,
          PositionCodec.CODEC,
          ActorCodec.PERSON,
          ActorCodec.ORGANIZATION,
          ActorCodec.STATE,
          ActorCodec.CODEC,
          ParticipantCodec.CODEC,
          CitationCodec.CODEC,
          EventLinkCodec.CODEC,
          ItemCodec.CODEC,
          EventCodec.MEETING,
          EventCodec.MESSAGE,
          EventCodec.SUPPORT_PLEDGE,
          EventCodec.VISIT,
          EventCodec.DELEGATION,
          EventCodec.MOURNING,
          EventCodec.STATEMENT,
          EventCodec.MATERIAL_TRANSFER,
          EventCodec.AGREEMENT,
          EventCodec.CODED,
          EventCodec.OPAQUE,
          EventCodec.CODEC,
          SourceCodec.CODEC,
          RelationshipCodec.CODEC,
          DossierCodec.CODEC);

  private Codecs() {}
}

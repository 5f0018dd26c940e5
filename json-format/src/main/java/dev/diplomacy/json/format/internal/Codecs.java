package dev.diplomacy.json.format.internal;

import dev.diplomacy.core.actors.ActorKind;
import dev.diplomacy.core.actors.OrganizationKind;
import dev.diplomacy.core.codes.PloverCategory;
import dev.diplomacy.core.codes.QuadClass;
import dev.diplomacy.core.events.AgreementKind;
import dev.diplomacy.core.events.Disclosure;
import dev.diplomacy.core.events.EventKind;
import dev.diplomacy.core.events.LinkKind;
import dev.diplomacy.core.events.Medium;
import dev.diplomacy.core.events.MeetingFormat;
import dev.diplomacy.core.events.MessageKind;
import dev.diplomacy.core.events.Occasion;
import dev.diplomacy.core.events.ProvisionKind;
import dev.diplomacy.core.events.RelationsChangeKind;
import dev.diplomacy.core.events.Role;
import dev.diplomacy.core.events.StatementKind;
import dev.diplomacy.core.events.SupportKind;
import dev.diplomacy.core.events.TransferTerms;
import dev.diplomacy.core.events.VisitKind;
import dev.diplomacy.core.geography.AreaKind;
import dev.diplomacy.core.relations.RelationshipKind;
import dev.diplomacy.core.sources.Certainty;
import dev.diplomacy.core.sources.SourceKind;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every codec of the library: what each binding's Jackson module registers. Adding a type means
 * adding its codec here; the codec of a kind of event comes from {@link EventCodec#codec}.
 */
public final class Codecs {

  /**
   * The enums of the model, written in lower snake case wherever they appear, in a user's type too.
   */
  private static final List<Class<? extends Enum<?>>> ENUMS =
      List.of(
          ActorKind.class,
          OrganizationKind.class,
          EventKind.class,
          Role.class,
          LinkKind.class,
          MeetingFormat.class,
          MessageKind.class,
          Medium.class,
          Disclosure.class,
          Occasion.class,
          AreaKind.class,
          SupportKind.class,
          VisitKind.class,
          StatementKind.class,
          RelationsChangeKind.class,
          TransferTerms.class,
          AgreementKind.class,
          ProvisionKind.class,
          RelationshipKind.class,
          Certainty.class,
          SourceKind.class,
          QuadClass.class,
          PloverCategory.class);

  public static final List<JsonCodec<?>> ALL =
      Stream.of(
              ENUMS.stream().map(Codecs::enumeration),
              Stream.of(
                  TextCodecs.PARTIAL_DATE,
                  TextCodecs.ID,
                  TextCodecs.EXTERNAL_ID,
                  TextCodecs.COUNTRY,
                  TextCodecs.CAMEO_CODE,
                  ExtensionValueCodec.INSTANCE,
                  DateSpanCodec.CODEC,
                  WhenCodec.CODEC,
                  CoordinatesCodec.CODEC,
                  AdminDivisionCodec.CODEC,
                  AreaCodec.CODEC,
                  PlaceCodec.CODEC,
                  NameCodec.CODEC,
                  PositionCodec.CODEC,
                  ActorCodec.PERSON,
                  ActorCodec.ORGANIZATION,
                  ActorCodec.STATE,
                  ActorCodec.CODEC,
                  ParticipantCodec.CODEC,
                  AgentCodec.CODEC,
                  ProvisionCodec.CODEC,
                  CitationCodec.CODEC,
                  EventLinkCodec.CODEC,
                  AboutCodec.CODEC,
                  PrecedentCodec.CODEC,
                  ItemCodec.CODEC,
                  PloverMappingCodec.CODEC,
                  DatasetCodingCodec.CODEC),
              EventCodec.KINDS.stream(),
              Stream.of(
                  EventCodec.CODEC,
                  SourceCodec.CODEC,
                  RelationshipPeriodCodec.CODEC,
                  RelationshipCodec.CODEC,
                  DossierCodec.CODEC,
                  DossierElementCodec.CODEC))
          .<JsonCodec<?>>flatMap(codecs -> codecs)
          .collect(Collectors.toUnmodifiableList());

  private Codecs() {}

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static JsonCodec<?> enumeration(Class<? extends Enum<?>> type) {
    return TextCodecs.enumeration((Class) type);
  }
}

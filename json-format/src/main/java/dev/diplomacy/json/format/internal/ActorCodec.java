package dev.diplomacy.json.format.internal;

import dev.diplomacy.core.actors.Actor;
import dev.diplomacy.core.actors.ActorKind;
import dev.diplomacy.core.actors.Organization;
import dev.diplomacy.core.actors.OrganizationKind;
import dev.diplomacy.core.actors.Person;
import dev.diplomacy.core.actors.State;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The codecs of the actors: one per kind, each the properties every actor shares ({@code id},
 * {@code name}, {@code otherNames}, {@code externalIds}, {@code description}, extensions) followed
 * by the kind's own, and {@link #CODEC} for the family. The type name of a kind is its {@link
 * ActorKind} in lower snake case. The family has no opaque kind: an unknown type of actor is an
 * error in both modes.
 *
 * <pre>{@code
 * {"type": "state", "id": "cuba", "name": {"text": "Cuba"}, "country": "CU"}
 * }</pre>
 */
public final class ActorCodec {

  private static final SerializedString ID = new SerializedString("id");
  private static final SerializedString NAME = new SerializedString("name");
  private static final SerializedString OTHER_NAMES = new SerializedString("otherNames");
  private static final SerializedString EXTERNAL_IDS = new SerializedString("externalIds");
  private static final SerializedString DESCRIPTION = new SerializedString("description");
  private static final SerializedString NATIONALITY = new SerializedString("nationality");
  private static final SerializedString POSITIONS = new SerializedString("positions");
  private static final SerializedString BORN = new SerializedString("born");
  private static final SerializedString DIED = new SerializedString("died");
  private static final SerializedString DECEASED = new SerializedString("deceased");
  private static final SerializedString ORGANIZATION_KIND =
      new SerializedString("organizationKind");
  private static final SerializedString COUNTRY = new SerializedString("country");
  private static final SerializedString PARENT = new SerializedString("parent");
  private static final String[] ORGANIZATION_KINDS = TextCodecs.enumNames(OrganizationKind.class);

  static final ObjectCodec<Person, Person.Builder> PERSON =
      kind(ActorKind.PERSON, Person.class, Person::builder, Person.Builder::build)
          .optional(
              "nationality", TextCodecs.COUNTRY, Person::nationality, Person.Builder::nationality)
          .list("positions", PositionCodec.CODEC, Person::positions, Person.Builder::addPosition)
          .optional("born", TextCodecs.PARTIAL_DATE, Person::born, Person.Builder::born)
          .optional("died", TextCodecs.PARTIAL_DATE, Person::died, Person.Builder::died)
          .optional(
              "deceased",
              Flags.TRUE,
              p -> p.deceased() ? Optional.of(true) : Optional.empty(),
              Person.Builder::deceased)
          .writtenBy(ActorCodec::writePerson)
          .build();

  static final ObjectCodec<Organization, Organization.Builder> ORGANIZATION =
      kind(
              ActorKind.ORGANIZATION,
              Organization.class,
              Organization::builder,
              Organization.Builder::build)
          .required(
              "organizationKind",
              TextCodecs.enumeration(OrganizationKind.class),
              Organization::organizationKind,
              Organization.Builder::organizationKind)
          .optional(
              "country", TextCodecs.COUNTRY, Organization::country, Organization.Builder::country)
          .optional("parent", TextCodecs.ID, Organization::parent, Organization.Builder::parent)
          .writtenBy(ActorCodec::writeOrganization)
          .build();

  static final ObjectCodec<State, State.Builder> STATE =
      kind(ActorKind.STATE, State.class, State::builder, State.Builder::build)
          .required("country", TextCodecs.COUNTRY, State::country, State.Builder::country)
          .writtenBy((state, out) -> out.string(COUNTRY, TextCodecs.countryCode(state.country())))
          .build();

  /** Any actor, by its {@code "type"}. */
  static final UnionCodec<Actor> CODEC =
      UnionCodec.builder(Actor.class).kind(PERSON).kind(ORGANIZATION).kind(STATE).build();

  private ActorCodec() {}

  /**
   * Declares the properties every actor shares, which every kind's builder sets as an {@link
   * Actor.Builder}.
   */
  private static <T extends Actor, B extends Actor.Builder<B>> ObjectCodec.Builder<T, B> kind(
      ActorKind kind, Class<T> type, Supplier<B> newBuilder, Function<B, ? extends T> build) {
    ObjectCodec.Builder<T, B> c =
        ObjectCodec.builder(type, newBuilder, build).typeName(TextCodecs.enumName(kind));
    return c.required(ID.getValue(), TextCodecs.ID, Actor::id, Actor.Builder::id)
        .required(NAME.getValue(), NameCodec.CODEC, Actor::name, Actor.Builder::name)
        .list(
            OTHER_NAMES.getValue(), NameCodec.CODEC, Actor::otherNames, Actor.Builder::addOtherName)
        .list(
            EXTERNAL_IDS.getValue(),
            TextCodecs.EXTERNAL_ID,
            Actor::externalIds,
            Actor.Builder::addExternalId)
        .optional(
            DESCRIPTION.getValue(), TextCodecs.TEXT, Actor::description, Actor.Builder::description)
        .writtenBy(ActorCodec::writeShared)
        .extensions(Actor::extensions, Actor.Builder::putAllExtensions);
  }

  /** The properties every actor shares, as declared in {@link #kind}. */
  private static void writeShared(Actor a, JsonOutput out) {
    out.string(ID, a.id().value());
    out.generator().writeName(NAME);
    NameCodec.CODEC.write(a.name(), out);
    out.array(OTHER_NAMES, NameCodec.CODEC, a.otherNames());
    out.array(EXTERNAL_IDS, TextCodecs.EXTERNAL_ID, a.externalIds());
    out.string(DESCRIPTION, a.description());
  }

  private static void writePerson(Person p, JsonOutput out) {
    if (p.nationality().isPresent()) {
      out.string(NATIONALITY, TextCodecs.countryCode(p.nationality().get()));
    }
    out.array(POSITIONS, PositionCodec.CODEC, p.positions());
    if (p.born().isPresent()) {
      out.string(BORN, p.born().get().toString());
    }
    if (p.died().isPresent()) {
      out.string(DIED, p.died().get().toString());
    }
    if (p.deceased()) {
      out.generator().writeName(DECEASED);
      out.generator().writeBoolean(true);
    }
  }

  private static void writeOrganization(Organization o, JsonOutput out) {
    out.string(ORGANIZATION_KIND, ORGANIZATION_KINDS[o.organizationKind().ordinal()]);
    if (o.country().isPresent()) {
      out.string(COUNTRY, TextCodecs.countryCode(o.country().get()));
    }
    out.id(PARENT, o.parent());
  }
}

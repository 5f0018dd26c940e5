package dev.diplomacy.json.format.internal;

import dev.diplomacy.core.events.Participant;
import dev.diplomacy.core.events.Role;

/**
 * {@code {"actor": "ri-su-yong", "role": "guest", "capacity": "Vice Chairman of the Workers' Party
 * of Korea"}}.
 */
public final class ParticipantCodec {

  private static final SerializedString ACTOR = new SerializedString("actor");
  private static final SerializedString ROLE = new SerializedString("role");
  private static final SerializedString CAPACITY = new SerializedString("capacity");
  private static final String[] ROLES = TextCodecs.enumNames(Role.class);

  static final ObjectCodec<Participant, Participant.Builder> CODEC =
      ObjectCodec.builder(Participant.class, Participant::builder, Participant.Builder::build)
          .required(ACTOR.getValue(), TextCodecs.ID, Participant::actor, Participant.Builder::actor)
          .required(
              ROLE.getValue(),
              TextCodecs.enumeration(Role.class),
              Participant::role,
              Participant.Builder::role)
          .optional(
              CAPACITY.getValue(),
              TextCodecs.TEXT,
              Participant::capacity,
              Participant.Builder::capacity)
          .writtenBy(ParticipantCodec::write)
          .extensions(Participant::extensions, Participant.Builder::putAllExtensions)
          .build();

  private ParticipantCodec() {}

  private static void write(Participant p, JsonOutput out) {
    out.string(ACTOR, p.actor().value());
    out.string(ROLE, ROLES[p.role().ordinal()]);
    out.string(CAPACITY, p.capacity());
  }
}

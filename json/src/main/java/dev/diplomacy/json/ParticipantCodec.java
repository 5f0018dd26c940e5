package dev.diplomacy.json;

import dev.diplomacy.core.events.ImmutableParticipant;
import dev.diplomacy.core.events.Participant;
import dev.diplomacy.core.events.Role;

/** {@code {"actor": "ri-su-yong", "role": "guest", "capacity": "Vice Chairman of the Workers' Party of Korea"}}. */
final class ParticipantCodec {

  static final ObjectCodec<Participant, ImmutableParticipant.Builder> CODEC =
      ObjectCodec.builder(Participant.class, Participant::builder, ImmutableParticipant.Builder::build)
          .required("actor", TextCodecs.ID, Participant::actor, ImmutableParticipant.Builder::actor)
          .required("role", TextCodecs.enumeration(Role.class), Participant::role, ImmutableParticipant.Builder::role)
          .optional("capacity", TextCodecs.TEXT, Participant::capacity, ImmutableParticipant.Builder::capacity)
          .extensions(Participant::extensions, ImmutableParticipant.Builder::putAllExtensions)
          .build();

  private ParticipantCodec() {}
}

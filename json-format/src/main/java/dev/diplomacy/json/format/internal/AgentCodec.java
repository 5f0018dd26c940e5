package dev.diplomacy.json.format.internal;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.events.Agent;
import org.jspecify.annotations.Nullable;

/**
 * An {@link Agent}: its actor's id alone, {@code "kim-jong-un"}, when it has no capacity (and no
 * extension), as every id was written before capacities; else {@code {"actor": "vladimir-putin",
 * "capacity": "President of the Russian Federation"}}. Both forms are read, so that documents of
 * format 1.0, which hold bare ids, read unchanged, and a document without capacities is written as
 * they were.
 */
final class AgentCodec implements JsonCodec<Agent> {

  /** What an agent is, for messages. */
  private static final String EXPECTED =
      "an id such as kim-jong-un, or an object with actor and capacity";

  /** The object form. */
  static final ObjectCodec<Agent, Agent.Builder> OBJECT =
      ObjectCodec.builder(Agent.class, Agent::builder, Agent.Builder::build)
          .required("actor", TextCodecs.ID, Agent::actor, Agent.Builder::actor)
          .optional("capacity", TextCodecs.TEXT, Agent::capacity, Agent.Builder::capacity)
          .extensions(Agent::extensions, Agent.Builder::putAllExtensions)
          .build();

  /** The codec of agents, in either form. */
  static final AgentCodec CODEC = new AgentCodec();

  private AgentCodec() {}

  @Override
  public Class<Agent> type() {
    return Agent.class;
  }

  @Override
  public @Nullable Agent read(JsonInput in) {
    JsonToken token = in.token();
    if (token == JsonToken.VALUE_STRING) {
      Id id = TextCodecs.ID.read(in);
      return id == null ? null : Agent.of(id);
    }
    if (token == JsonToken.START_OBJECT) {
      return OBJECT.read(in);
    }
    in.wrongType(EXPECTED);
    return null;
  }

  @Override
  public void write(Agent value, JsonOutput out) {
    if (value.capacity().isEmpty() && value.extensions().isEmpty()) {
      out.generator().writeString(value.actor().value());
    } else {
      OBJECT.write(value, out);
    }
  }
}

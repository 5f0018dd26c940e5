package dev.diplomacy.json;

import static dev.diplomacy.json.CodecHarness.pointersAndCodes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.events.Agent;
import dev.diplomacy.core.events.Agreement;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.events.Visit;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class AgentCodecTest {

  private static final DiplomacyJson JSON = DiplomacyJson.strict();

  @Test
  void aBareIdOfFormatOneZeroReadsAsAnAgentWithoutCapacityAndIsWrittenBackAsItWas() {
    String old =
        "{\"type\":\"agreement\",\"id\":\"a\",\"certainty\":\"reported\","
            + "\"signatories\":[\"cuba\",\"north-korea\"]}";
    Agreement a = (Agreement) JSON.read(old, Event.class);
    assertThat(a.signatories())
        .containsExactly(Agent.of(Id.of("cuba")), Agent.of(Id.of("north-korea")));
    assertThat(a.sides()).containsExactly(Id.of("cuba"), Id.of("north-korea"));
    assertThat(JSON.write(a)).isEqualTo(old);
  }

  @Test
  void anAgentWithACapacityIsAnObjectAndBothFormsMixInOneList() {
    String json =
        "{\"type\":\"visit\",\"id\":\"v\",\"certainty\":\"reported\",\"visitors\":"
            + "[{\"actor\":\"vladimir-putin\",\"capacity\":\"President of the Russian Federation\"},"
            + "\"sergei-lavrov\"],\"host\":{\"actor\":\"kim-jong-un\"}}";
    Visit v = (Visit) JSON.read(json, Event.class);
    assertThat(v.visitors())
        .containsExactly(
            Agent.of(Id.of("vladimir-putin"), "President of the Russian Federation"),
            Agent.of(Id.of("sergei-lavrov")));
    assertThat(v.host()).contains(Agent.of(Id.of("kim-jong-un")));
    // The host without a capacity is written back as its id alone: one way of writing each value.
    assertThat(JSON.write(v))
        .isEqualTo(json.replace("{\"actor\":\"kim-jong-un\"}", "\"kim-jong-un\""));
  }

  @Test
  void badAgentsAreProblemsAtTheirPointers() {
    String json =
        "{\"type\":\"message\",\"id\":\"m\",\"certainty\":\"reported\",\"messageKind\":\"letter\","
            + "\"sender\":{\"actor\":\"kim-jong-un\",\"capacity\":\" \"},"
            + "\"recipients\":[\"vladimir-putin\"],\"envoy\":7}";
    assertThat(pointersAndCodes(() -> JSON.read(json, Event.class)))
        .containsExactlyInAnyOrder(
            new Tuple("/sender/capacity", "agent.capacity.blank"),
            new Tuple("/envoy", "json.type"));
    String noActor =
        "{\"type\":\"statement\",\"id\":\"s\",\"certainty\":\"reported\","
            + "\"speaker\":{\"capacity\":\"President\"}}";
    assertThat(pointersAndCodes(() -> JSON.read(noActor, Event.class)))
        .extracting(t -> t.toList().get(1))
        .containsExactly("json.required");
  }
}

package dev.diplomacy.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.json.format.JsonLimits;
import org.junit.jupiter.api.Test;
import tools.jackson.core.StreamReadConstraints;

class JacksonLimitsTest {

  @Test
  void eachLimitOfAValueIsJacksonsAndTheLengthOfTheInputIsLeftToTheCaller() {
    JsonLimits limits =
        JsonLimits.defaults()
            .withMaxNestingDepth(7)
            .withMaxStringLength(11)
            .withMaxNumberLength(13)
            .withMaxNameLength(17)
            .withMaxDocumentLength(19);
    StreamReadConstraints constraints = JacksonLimits.readConstraints(limits).build();
    assertThat(constraints.getMaxNestingDepth()).isEqualTo(7);
    assertThat(constraints.getMaxStringLength()).isEqualTo(11);
    assertThat(constraints.getMaxNumberLength()).isEqualTo(13);
    assertThat(constraints.getMaxNameLength()).isEqualTo(17);
    assertThat(constraints.getMaxDocumentLength())
        .isEqualTo(StreamReadConstraints.defaults().getMaxDocumentLength());
  }
}

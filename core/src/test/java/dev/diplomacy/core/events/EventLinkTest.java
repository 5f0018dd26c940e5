package dev.diplomacy.core.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.Id;
import org.junit.jupiter.api.Test;

class EventLinkTest {

  private static final Id LETTER = Id.of("kim-letter-to-castro");

  @Test
  void factoriesNameTheKindOfLink() {
    assertThat(EventLink.replyTo(LETTER)).isEqualTo(EventLink.of(LinkKind.REPLY_TO, LETTER));
    assertThat(EventLink.partOf(LETTER).linkKind()).isEqualTo(LinkKind.PART_OF);
    assertThat(EventLink.follows(LETTER).linkKind()).isEqualTo(LinkKind.FOLLOWS);
    assertThat(EventLink.follows(LETTER).target()).isEqualTo(LETTER);
    assertThat(EventLink.builder().linkKind(LinkKind.SAME_AS).target(LETTER).build())
        .isEqualTo(EventLink.of(LinkKind.SAME_AS, LETTER));
  }
}

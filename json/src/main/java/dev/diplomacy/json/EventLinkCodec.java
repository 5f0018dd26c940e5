package dev.diplomacy.json;

import dev.diplomacy.core.events.EventLink;
import dev.diplomacy.core.events.ImmutableEventLink;
import dev.diplomacy.core.events.LinkKind;

/** {@code {"linkKind": "reply_to", "target": "kim-greetings-to-castro"}}. */
final class EventLinkCodec {

  static final ObjectCodec<EventLink, ImmutableEventLink.Builder> CODEC =
      ObjectCodec.builder(EventLink.class, EventLink::builder, ImmutableEventLink.Builder::build)
          .required(
              "linkKind",
              TextCodecs.enumeration(LinkKind.class),
              EventLink::linkKind,
              ImmutableEventLink.Builder::linkKind)
          .required("target", TextCodecs.ID, EventLink::target, ImmutableEventLink.Builder::target)
          .extensions(EventLink::extensions, ImmutableEventLink.Builder::putAllExtensions)
          .build();

  private EventLinkCodec() {}
}

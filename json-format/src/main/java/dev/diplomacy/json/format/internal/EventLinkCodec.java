package dev.diplomacy.json.format.internal;

import dev.diplomacy.core.events.EventLink;
import dev.diplomacy.core.events.LinkKind;

/** {@code {"linkKind": "reply_to", "target": "kim-greetings-to-castro"}}. */
public final class EventLinkCodec {

  static final ObjectCodec<EventLink, EventLink.Builder> CODEC =
      ObjectCodec.builder(EventLink.class, EventLink::builder, EventLink.Builder::build)
          .required(
              "linkKind",
              TextCodecs.enumeration(LinkKind.class),
              EventLink::linkKind,
              EventLink.Builder::linkKind)
          .required("target", TextCodecs.ID, EventLink::target, EventLink.Builder::target)
          .extensions(EventLink::extensions, EventLink.Builder::putAllExtensions)
          .build();

  private EventLinkCodec() {}
}

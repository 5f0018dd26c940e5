package dev.diplomacy.json.format.internal;

import dev.diplomacy.core.events.Provision;
import dev.diplomacy.core.events.ProvisionKind;

/**
 * {@code {"provisionKind": "mutual_assistance", "article": "4", "text": "military and other
 * assistance"}}.
 */
final class ProvisionCodec {

  static final ObjectCodec<Provision, Provision.Builder> CODEC =
      ObjectCodec.builder(Provision.class, Provision::builder, Provision.Builder::build)
          .required(
              "provisionKind",
              TextCodecs.enumeration(ProvisionKind.class),
              Provision::provisionKind,
              Provision.Builder::provisionKind)
          .optional("article", TextCodecs.TEXT, Provision::article, Provision.Builder::article)
          .optional("text", TextCodecs.TEXT, Provision::text, Provision.Builder::text)
          .extensions(Provision::extensions, Provision.Builder::putAllExtensions)
          .build();

  private ProvisionCodec() {}
}

package dev.diplomacy.json;

import dev.diplomacy.core.actors.ImmutableName;
import dev.diplomacy.core.actors.Name;

/** {@code {"text": "김정은", "language": "ko"}}. */
final class NameCodec {

  static final ObjectCodec<Name, ImmutableName.Builder> CODEC =
      ObjectCodec.builder(Name.class, Name::builder, ImmutableName.Builder::build)
          .required("text", TextCodecs.TEXT, Name::text, ImmutableName.Builder::text)
          .optional("language", TextCodecs.TEXT, Name::language, ImmutableName.Builder::language)
          .extensions(Name::extensions, ImmutableName.Builder::putAllExtensions)
          .build();

  private NameCodec() {}
}

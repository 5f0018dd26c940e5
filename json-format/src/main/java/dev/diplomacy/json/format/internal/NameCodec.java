package dev.diplomacy.json.format.internal;

import dev.diplomacy.core.actors.Name;

/** {@code {"text": "김정은", "language": "ko"}}. */
public final class NameCodec {

  private static final SerializedString TEXT = new SerializedString("text");
  private static final SerializedString LANGUAGE = new SerializedString("language");

  static final ObjectCodec<Name, Name.Builder> CODEC =
      ObjectCodec.builder(Name.class, Name::builder, Name.Builder::build)
          .required(TEXT.getValue(), TextCodecs.TEXT, Name::text, Name.Builder::text)
          .optional(LANGUAGE.getValue(), TextCodecs.TEXT, Name::language, Name.Builder::language)
          .writtenBy(NameCodec::write)
          .extensions(Name::extensions, Name.Builder::putAllExtensions)
          .build();

  private NameCodec() {}

  private static void write(Name n, JsonOutput out) {
    out.string(TEXT, n.text());
    out.string(LANGUAGE, n.language());
  }
}

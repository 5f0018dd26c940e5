package dev.diplomacy.json.format.internal;

import static dev.diplomacy.json.format.internal.TextCodecs.enumeration;

import dev.diplomacy.core.events.About;
import dev.diplomacy.core.events.Occasion;

/** {@code {"subject": "fidel-castro", "occasion": "death"}}. */
final class AboutCodec {

  static final ObjectCodec<About, About.Builder> CODEC =
      ObjectCodec.builder(About.class, About::builder, About.Builder::build)
          .required("subject", TextCodecs.ID, About::subject, About.Builder::subject)
          .optional(
              "occasion", enumeration(Occasion.class), About::occasion, About.Builder::occasion)
          .extensions(About::extensions, About.Builder::putAllExtensions)
          .build();

  private AboutCodec() {}
}

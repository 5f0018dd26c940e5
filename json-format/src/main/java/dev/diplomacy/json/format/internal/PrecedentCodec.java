package dev.diplomacy.json.format.internal;

import dev.diplomacy.core.events.Precedent;

/** {@code {"ordinal": 1, "series": "visit by a sitting head of state", "since": "1928"}}. */
final class PrecedentCodec {

  static final ObjectCodec<Precedent, Precedent.Builder> CODEC =
      ObjectCodec.builder(Precedent.class, Precedent::builder, Precedent.Builder::build)
          .required("ordinal", Numbers.INT, Precedent::ordinal, Precedent.Builder::ordinal)
          .optional("series", TextCodecs.TEXT, Precedent::series, Precedent.Builder::series)
          .optional("since", TextCodecs.PARTIAL_DATE, Precedent::since, Precedent.Builder::since)
          .extensions(Precedent::extensions, Precedent.Builder::putAllExtensions)
          .build();

  private PrecedentCodec() {}
}

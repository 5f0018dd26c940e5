package dev.diplomacy.json;

import dev.diplomacy.core.time.DateSpan;
import dev.diplomacy.core.time.ImmutableDateSpan;

/** {@code {"start": "1960", "end": "2018-07"}}; no end while the span is open. */
final class DateSpanCodec {

  static final ObjectCodec<DateSpan, ImmutableDateSpan.Builder> CODEC =
      ObjectCodec.builder(DateSpan.class, DateSpan::builder, ImmutableDateSpan.Builder::build)
          .required(
              "start", TextCodecs.PARTIAL_DATE, DateSpan::start, ImmutableDateSpan.Builder::start)
          .optional("end", TextCodecs.PARTIAL_DATE, DateSpan::end, ImmutableDateSpan.Builder::end)
          .extensions(DateSpan::extensions, ImmutableDateSpan.Builder::putAllExtensions)
          .build();

  private DateSpanCodec() {}
}

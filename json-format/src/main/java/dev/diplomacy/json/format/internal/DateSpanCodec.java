package dev.diplomacy.json.format.internal;

import dev.diplomacy.core.time.DateSpan;

/** {@code {"start": "1960", "end": "2018-07"}}; no end while the span is open. */
public final class DateSpanCodec {

  static final ObjectCodec<DateSpan, DateSpan.Builder> CODEC =
      ObjectCodec.builder(DateSpan.class, DateSpan::builder, DateSpan.Builder::build)
          .optional("start", TextCodecs.PARTIAL_DATE, DateSpan::start, DateSpan.Builder::start)
          .optional("end", TextCodecs.PARTIAL_DATE, DateSpan::end, DateSpan.Builder::end)
          .extensions(DateSpan::extensions, DateSpan.Builder::putAllExtensions)
          .build();

  private DateSpanCodec() {}
}

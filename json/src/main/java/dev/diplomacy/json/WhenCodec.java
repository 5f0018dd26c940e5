package dev.diplomacy.json;

import dev.diplomacy.core.time.ImmutableWhen;
import dev.diplomacy.core.time.When;

/** {@code {"date": "2018-07-05", "time": "10:30", "offset": "+09:00"}}, or {@code {"date": "2016-11-26", "until": "2016-11-28"}}. */
final class WhenCodec {

  static final ObjectCodec<When, ImmutableWhen.Builder> CODEC =
      ObjectCodec.builder(When.class, When::builder, ImmutableWhen.Builder::build)
          .required("date", TextCodecs.PARTIAL_DATE, When::date, ImmutableWhen.Builder::date)
          .optional("until", TextCodecs.PARTIAL_DATE, When::until, ImmutableWhen.Builder::until)
          .optional("time", TextCodecs.TIME, When::time, ImmutableWhen.Builder::time)
          .optional("offset", TextCodecs.OFFSET, When::offset, ImmutableWhen.Builder::offset)
          .extensions(When::extensions, ImmutableWhen.Builder::putAllExtensions)
          .build();

  private WhenCodec() {}
}

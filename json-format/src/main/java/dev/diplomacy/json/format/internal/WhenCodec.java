package dev.diplomacy.json.format.internal;

import dev.diplomacy.core.time.When;

/**
 * {@code {"date": "2018-07-05", "time": "10:30", "offset": "+09:00"}}, or {@code {"date":
 * "2016-11-26", "until": "2016-11-28"}}.
 */
public final class WhenCodec {

  private static final SerializedString DATE = new SerializedString("date");
  private static final SerializedString UNTIL = new SerializedString("until");
  private static final SerializedString TIME = new SerializedString("time");
  private static final SerializedString OFFSET = new SerializedString("offset");

  static final ObjectCodec<When, When.Builder> CODEC =
      ObjectCodec.builder(When.class, When::builder, When.Builder::build)
          .required(DATE.getValue(), TextCodecs.PARTIAL_DATE, When::date, When.Builder::date)
          .optional(UNTIL.getValue(), TextCodecs.PARTIAL_DATE, When::until, When.Builder::until)
          .optional(TIME.getValue(), TextCodecs.TIME, When::time, When.Builder::time)
          .optional(OFFSET.getValue(), TextCodecs.OFFSET, When::offset, When.Builder::offset)
          .writtenBy(WhenCodec::write)
          .extensions(When::extensions, When.Builder::putAllExtensions)
          .build();

  private WhenCodec() {}

  private static void write(When w, JsonOutput out) {
    out.string(DATE, w.date().toString());
    if (w.until().isPresent()) {
      out.string(UNTIL, w.until().get().toString());
    }
    if (w.time().isPresent()) {
      out.string(TIME, w.time().get().toString());
    }
    if (w.offset().isPresent()) {
      out.string(OFFSET, TextCodecs.offsetText(w.offset().get()));
    }
  }
}

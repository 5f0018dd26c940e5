package dev.diplomacy.interop.plover;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.Extensions;
import dev.diplomacy.core.codes.CameoCode;
import dev.diplomacy.core.codes.PloverCategory;
import dev.diplomacy.core.codes.PloverMapping;
import dev.diplomacy.core.codes.PloverTable;
import dev.diplomacy.core.time.PartialDate;
import dev.diplomacy.core.time.When;
import dev.diplomacy.core.validation.ValidationException;
import dev.diplomacy.interop.ImportProblem;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reading the fields of a record into a {@link PendingEvent}, with a warning for what cannot be
 * read.
 */
final class Fields {

  private Fields() {}

  /** The value of the first of {@code names} that the record has, marked as used; null if none. */
  static @Nullable ExtensionValue take(
      Map<String, ExtensionValue> m, Set<String> used, String... names) {
    for (String n : names) {
      if (m.containsKey(n)) {
        used.add(n);
        return m.get(n);
      }
    }
    return null;
  }

  static ImportProblem invalid(int line, String code, String field, ExtensionValue value) {
    return ImportProblem.warning(
        line,
        code,
        "the "
            + field
            + " "
            + Trees.describe(value)
            + " is not of the type PLOVER gives it: kept as the extension "
            + PloverCodes.NS
            + field
            + " only");
  }

  static void keep(
      Map<String, ExtensionValue> extensions,
      String field,
      ExtensionValue value,
      int line,
      List<ImportProblem> found) {
    String key = PloverCodes.NS + field;
    if (Extensions.isValidKey(key)) {
      extensions.put(key, value);
    } else {
      found.add(
          ImportProblem.warning(
              line,
              "plover.field.name",
              "the field name '" + field + "' cannot be an extension name: left out"));
    }
  }

  static void context(
      @Nullable ExtensionValue context, int line, PendingEvent p, List<ImportProblem> found) {
    if (Trees.isEmpty(context)) {
      return;
    }
    List<String> texts = Trees.texts(context);
    if (texts == null) {
      found.add(invalid(line, "plover.context.invalid", "context", context));
      p.extensions.put(PloverCodes.NS + "context", context);
      return;
    }
    List<ExtensionValue> contexts = new ArrayList<>();
    for (String t : texts) {
      for (String part : t.split(",")) {
        if (!part.isBlank()) {
          contexts.add(ExtensionValue.of(part.strip()));
        }
      }
    }
    if (!contexts.isEmpty()) {
      p.extensions.put(PloverCodes.NS + "context", new ExtensionValue.ListValue(contexts));
    }
  }

  static void cameo(
      @Nullable ExtensionValue cameo, int line, PendingEvent p, List<ImportProblem> found) {
    if (Trees.isEmpty(cameo)) {
      return;
    }
    String code = Trees.text(cameo);
    code = code == null ? null : code.strip();
    Optional<PloverCategory> category =
        code != null && CameoCode.isKnown(code)
            ? PloverTable.forCameo(CameoCode.of(code)).map(PloverMapping::category)
            : Optional.empty();
    if (category.isPresent() && category.get() == p.category) {
      p.code = code;
      p.codeGiven = true;
      return;
    }
    found.add(
        ImportProblem.warning(
            line,
            "plover.cameo.mismatch",
            "the CAMEO code "
                + Trees.describe(cameo)
                + (category.isPresent()
                    ? " is of the category " + category.get() + ", not " + p.category
                    : " is not a code of the CAMEO codebook that PLOVER has a category for")
                + ": the event takes "
                + p.code
                + ", the code of "
                + p.category
                + "; the given code is kept as the"
                + " extension plover:cameo"));
    p.extensions.put(PloverCodes.NS + "cameo", cameo);
  }

  /** The text of a text or number; null for anything else or blank text. */
  static @Nullable String scalar(@Nullable ExtensionValue v) {
    if (v instanceof ExtensionValue.NumberValue n) {
      return n.value().toPlainString();
    }
    String t = Trees.text(v);
    return t == null || t.isBlank() ? null : t.strip();
  }

  static void when(
      Map<String, ExtensionValue> m,
      Set<String> used,
      int line,
      PendingEvent p,
      List<ImportProblem> found) {
    ExtensionValue dateValue = take(m, used, "date");
    ExtensionValue endValue = take(m, used, "enddate");
    ExtensionValue timeValue = take(m, used, "time");
    PartialDate date = null;
    if (Trees.isEmpty(dateValue)) {
      found.add(
          ImportProblem.warning(
              line, "plover.date.missing", "the record gives no date: the event has none"));
    } else {
      date = date(dateValue);
      if (date == null) {
        found.add(
            ImportProblem.warning(
                line,
                "plover.date.invalid",
                "the date "
                    + Trees.describe(dateValue)
                    + " is not an ISO 8601 date (2018-07-05, 2018-07 or 2018):"
                    + " the event has no date; the text is kept as the extension plover:date"));
        p.extensions.put(PloverCodes.NS + "date", dateValue);
      } else if (date.equals(PLACEHOLDER)) {
        found.add(
            ImportProblem.warning(
                line,
                "plover.date.placeholder",
                "the date 2000-01-01 is the placeholder of the PLOVER gold-standard records, whose examples come"
                    + " undated from the CAMEO manual: kept as the record gives it, but it may not be the date of the"
                    + " event"));
      }
    }
    if (date == null) {
      keepUnread(endValue, "enddate", line, p, found, "there is no date for it to end");
      keepUnread(timeValue, "time", line, p, found, "there is no date for it");
      return;
    }
    var when = When.builder().date(date);
    if (!Trees.isEmpty(endValue)) {
      PartialDate end = date(endValue);
      if (end == null || end.isBefore(date)) {
        found.add(
            ImportProblem.warning(
                line,
                "plover.enddate.invalid",
                "the enddate "
                    + Trees.describe(endValue)
                    + (end == null ? " is not an ISO 8601 date" : " is before the date " + date)
                    + ": left out, kept as the extension plover:enddate"));
        p.extensions.put(PloverCodes.NS + "enddate", endValue);
      } else {
        when.until(end);
      }
    }
    if (!Trees.isEmpty(timeValue)) {
      String t = Trees.text(timeValue);
      boolean read = false;
      if (t != null && date.isFullDate()) {
        try {
          OffsetTime time = OffsetTime.parse(t.strip());
          when.time(time.toLocalTime()).offset(time.getOffset());
          read = true;
        } catch (DateTimeParseException withoutOffset) {
          try {
            when.time(LocalTime.parse(t.strip()));
            read = true;
          } catch (DateTimeParseException e) {
            read = false;
          }
        }
      }
      if (!read) {
        found.add(
            ImportProblem.warning(
                line,
                "plover.time.invalid",
                "the time "
                    + Trees.describe(timeValue)
                    + (date.isFullDate()
                        ? " is not an ISO 8601 time of day"
                        : " needs a full date, not " + date)
                    + ": left out, kept as the extension plover:time"));
        p.extensions.put(PloverCodes.NS + "time", timeValue);
      }
    }
    p.when = when.build();
  }

  private static final PartialDate PLACEHOLDER = PartialDate.of(2000, 1, 1);

  private static void keepUnread(
      @Nullable ExtensionValue value,
      String field,
      int line,
      PendingEvent p,
      List<ImportProblem> found,
      String why) {
    if (Trees.isEmpty(value)) {
      return;
    }
    found.add(
        ImportProblem.warning(
            line,
            "plover." + field + ".invalid",
            "the "
                + field
                + " "
                + Trees.describe(value)
                + " is left out, as "
                + why
                + "; kept as the extension plover:"
                + field));
    p.extensions.put(PloverCodes.NS + field, value);
  }

  private static @Nullable PartialDate date(@Nullable ExtensionValue value) {
    String text = Trees.text(value);
    if (text == null) {
      return null;
    }
    try {
      return PartialDate.parse(text.strip());
    } catch (ValidationException e) {
      return null;
    }
  }

  /**
   * The text of a citation field, from the record or else from its {@code cite_info}; the member
   * read is taken out of {@code cite}. Null when neither gives text.
   */
  static @Nullable String citeText(
      Map<String, ExtensionValue> m,
      Set<String> used,
      Map<String, ExtensionValue> cite,
      String name) {
    String top = Trees.text(m.get(name));
    if (top != null && !top.isBlank()) {
      used.add(name);
      return top.strip();
    }
    String inner = Trees.text(cite.get(name));
    if (inner != null && !inner.isBlank()) {
      cite.remove(name);
      return inner.strip();
    }
    return null;
  }

  static @Nullable URI webUrl(String text) {
    try {
      URI url = new URI(text);
      String scheme = url.getScheme();
      boolean web =
          url.isAbsolute()
              && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
              && url.getRawAuthority() != null
              && !url.getRawAuthority().isBlank();
      return web ? url : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  static boolean isLanguageTag(String tag) {
    String normal = Locale.forLanguageTag(tag).toLanguageTag();
    return !normal.equals("und") && normal.equalsIgnoreCase(tag);
  }

  static void eventText(
      @Nullable ExtensionValue value, int line, PendingEvent p, List<ImportProblem> found) {
    if (Trees.isEmpty(value)) {
      return;
    }
    List<String> texts = Trees.texts(value);
    if (texts == null) {
      found.add(invalid(line, "plover.eventText.invalid", "event_text", value));
      p.extensions.put(PloverCodes.NS + "event_text", value);
      return;
    }
    String label =
        texts.stream()
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .collect(Collectors.joining("; "));
    p.label = label.isEmpty() ? null : label;
    p.eventText = Trees.single(value);
  }
}

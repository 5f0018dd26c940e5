package dev.diplomacy.json.format;

import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * What an NDJSON reader (of either binding) does with a bad line: stop at it, or skip it and report
 * it.
 */
public final class ErrorPolicy {

  private static final ErrorPolicy FAIL_FAST = new ErrorPolicy(null);

  private final @Nullable Consumer<? super DiplomacyJsonException> report;

  private ErrorPolicy(@Nullable Consumer<? super DiplomacyJsonException> report) {
    this.report = report;
  }

  /** The first bad line throws its {@link DiplomacyJsonException}, and reading ends there. */
  public static ErrorPolicy failFast() {
    return FAIL_FAST;
  }

  /**
   * Each bad line is skipped, and its problems, whose lines are the line's number, are handed to
   * {@code report}; reading goes on with the next line. Nothing is kept, so memory stays constant
   * however many lines are bad.
   */
  public static ErrorPolicy skipAndReport(Consumer<? super DiplomacyJsonException> report) {
    return new ErrorPolicy(Objects.requireNonNull(report, "report"));
  }

  /** True for {@link #failFast()}. */
  public boolean isFailFast() {
    return report == null;
  }

  /** Handles the problems of a bad line: throws them, or reports them. */
  public void handle(DiplomacyJsonException problems) {
    if (report == null) {
      throw problems;
    }
    report.accept(problems);
  }

  @Override
  public String toString() {
    return report == null ? "ErrorPolicy[failFast]" : "ErrorPolicy[skipAndReport]";
  }
}

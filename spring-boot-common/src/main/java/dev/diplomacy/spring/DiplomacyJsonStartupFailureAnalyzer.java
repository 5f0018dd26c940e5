package dev.diplomacy.spring;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Spring Boot's report of a {@link DiplomacyJsonStartupException}, wherever among the causes of the
 * failure to start: what is wrong and what to do, in place of a stack trace. Both starters bring it
 * (through this module's {@code META-INF/spring.factories}).
 */
public final class DiplomacyJsonStartupFailureAnalyzer implements FailureAnalyzer {

  /** Creates the analyzer; Spring Boot does, from {@code META-INF/spring.factories}. */
  public DiplomacyJsonStartupFailureAnalyzer() {}

  @Override
  public @Nullable FailureAnalysis analyze(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof DiplomacyJsonStartupException e) {
        return new FailureAnalysis(e.description(), e.action(), e);
      }
    }
    return null;
  }
}

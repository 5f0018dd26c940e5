package dev.diplomacy.spring.jackson;

import dev.diplomacy.spring.DiplomacyJsonStartupException;
import dev.diplomacy.spring.DiplomacyJsonStartupFailureAnalyzer;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Spring Boot's report of Jackson 3 failing on a {@code jackson-annotations} too old for it,
 * wherever in the application that happened first. The report says what is wrong and what to do, in
 * place of a stack trace through Jackson's internals. A {@link DiplomacyJsonStartupException} among
 * the causes (the starter's own check found the fault first) is left to {@link
 * DiplomacyJsonStartupFailureAnalyzer}, which reports it as it was raised.
 */
public final class DiplomacyJsonFailureAnalyzer implements FailureAnalyzer {

  /** Creates the analyzer; Spring Boot does, from {@code META-INF/spring.factories}. */
  public DiplomacyJsonFailureAnalyzer() {}

  @Override
  public @Nullable FailureAnalysis analyze(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof DiplomacyJsonStartupException) {
        return null;
      }
    }
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof LinkageError e && JacksonAnnotationsCheck.isCausedByOldAnnotations(e)) {
        DiplomacyJsonStartupException reported = JacksonAnnotationsCheck.failure(loader(), e);
        return new FailureAnalysis(reported.description(), reported.action(), e);
      }
    }
    return null;
  }

  private static ClassLoader loader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : DiplomacyJsonFailureAnalyzer.class.getClassLoader();
  }
}

package dev.diplomacy.spring.jackson;

/**
 * The application cannot start with diplomacy's JSON binding as configured: what is wrong, and what
 * to do about it, which {@link DiplomacyJsonFailureAnalyzer} shows in Spring Boot's startup report.
 */
public final class DiplomacyJsonStartupException extends IllegalStateException {

  /** What is wrong. */
  private final String description;

  /** What to do about it. */
  private final String action;

  /**
   * A failure to start.
   *
   * @param description what is wrong
   * @param action what to do about it
   */
  public DiplomacyJsonStartupException(String description, String action) {
    super(description + " " + action);
    this.description = description;
    this.action = action;
  }

  /**
   * What is wrong, for someone who has not read Jackson's or Spring's code.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * What to do about it.
   *
   * @return the action
   */
  public String action() {
    return action;
  }
}

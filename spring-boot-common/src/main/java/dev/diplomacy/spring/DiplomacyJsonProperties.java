package dev.diplomacy.spring;

import dev.diplomacy.json.format.Mode;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The starters' settings, under {@code diplomacy.json}: the same in both, whichever Jackson they
 * bind.
 *
 * <ul>
 *   <li>{@code diplomacy.json.mode}: {@code strict} (the default) or {@code lenient}, the mode of
 *       diplomacy's module in Boot's mapper ({@code DiplomacyModule} on Spring Boot 4, {@code
 *       DiplomacyJackson2Module} on Spring Boot 3).
 *   <li>{@code diplomacy.json.problem-details}: {@code true} (the default) answers a request body
 *       that breaks the format with its problems, as {@code application/problem+json}.
 * </ul>
 */
@ConfigurationProperties("diplomacy.json")
public class DiplomacyJsonProperties {

  private Mode mode = Mode.STRICT;
  private boolean problemDetails = true;

  /** Creates the default settings: strict, with problem details; the starters do. */
  public DiplomacyJsonProperties() {}

  /**
   * How Boot's mapper reads what it does not know.
   *
   * @return the mode, {@link Mode#STRICT} unless set
   */
  public Mode getMode() {
    return mode;
  }

  /**
   * Sets how Boot's mapper reads what it does not know.
   *
   * @param mode the mode
   */
  public void setMode(Mode mode) {
    this.mode = Objects.requireNonNull(mode, "diplomacy.json.mode");
  }

  /**
   * Whether a request body that breaks the format is answered with its problems.
   *
   * @return {@code true} unless set
   */
  public boolean isProblemDetails() {
    return problemDetails;
  }

  /**
   * Sets whether a request body that breaks the format is answered with its problems.
   *
   * @param problemDetails {@code false} to leave the answer to Spring MVC and your own handlers
   */
  public void setProblemDetails(boolean problemDetails) {
    this.problemDetails = problemDetails;
  }
}

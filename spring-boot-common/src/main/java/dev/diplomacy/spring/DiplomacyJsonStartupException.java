package dev.diplomacy.spring;

import dev.diplomacy.json.format.Mode;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The application cannot start with diplomacy's JSON binding as configured: what is wrong, and what
 * to do about it, which {@link DiplomacyJsonStartupFailureAnalyzer} shows in Spring Boot's startup
 * report.
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

  /**
   * Checks that the application's own module beans are in the mode of {@code diplomacy.json.mode}:
   * the starter puts one module in Boot's mapper, in that mode, and a bean in another mode would be
   * a second setting of the same choice, silently ignored.
   *
   * @param mode the mode of {@code diplomacy.json.mode}
   * @param beans the mode of each module bean, by bean name
   * @param moduleType the simple name of the module's class, for the message
   * @throws DiplomacyJsonStartupException naming the first bean in another mode, the property and
   *     the fix
   */
  public static void requireModuleBeansIn(Mode mode, Map<String, Mode> beans, String moduleType) {
    Objects.requireNonNull(mode, "mode");
    beans.forEach(
        (name, beanMode) -> {
          if (beanMode != mode) {
            throw new DiplomacyJsonStartupException(
                "The bean '"
                    + name
                    + "' is a "
                    + lower(beanMode)
                    + " "
                    + moduleType
                    + ", but diplomacy.json.mode is "
                    + lower(mode)
                    + ": the starter puts one "
                    + moduleType
                    + " in Spring Boot's mapper, in the mode that property chooses.",
                "Remove the bean '"
                    + name
                    + "' and set diplomacy.json.mode="
                    + lower(beanMode)
                    + " if that is the mode you want.");
          }
        });
  }

  private static String lower(Mode mode) {
    return mode.name().toLowerCase(Locale.ROOT);
  }
}

package dev.diplomacy.spring;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The problem+json answer to a bad request body ({@link DiplomacyJsonProblemHandler}), in a servlet
 * web application, unless {@code diplomacy.json.problem-details=false}: imported by both starters'
 * auto-configurations.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.springframework.http.ProblemDetail")
@ConditionalOnBooleanProperty(name = "diplomacy.json.problem-details", matchIfMissing = true)
public class DiplomacyJsonProblemDetailsConfiguration {

  /** Creates the configuration; Spring does, through a starter's auto-configuration. */
  public DiplomacyJsonProblemDetailsConfiguration() {}

  /**
   * The handler.
   *
   * @return the handler of a bad request body
   */
  @Bean
  public DiplomacyJsonProblemHandler diplomacyJsonProblemHandler() {
    return new DiplomacyJsonProblemHandler();
  }
}

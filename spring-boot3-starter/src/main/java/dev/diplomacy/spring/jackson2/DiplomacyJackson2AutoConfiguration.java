package dev.diplomacy.spring.jackson2;

import dev.diplomacy.jackson2.DiplomacyJackson2Module;
import dev.diplomacy.spring.DiplomacyJsonProblemDetailsConfiguration;
import dev.diplomacy.spring.DiplomacyJsonProblemHandler;
import dev.diplomacy.spring.DiplomacyJsonProperties;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * The starter's auto-configuration, for a Spring Boot 3 application on Jackson 2.
 *
 * <ul>
 *   <li>Boot's {@code ObjectMapper} gets exactly one {@link DiplomacyJackson2Module}, in the mode
 *       of {@code diplomacy.json.mode} ({@link DiplomacyJsonProperties}), whatever module beans the
 *       application declares (see {@link DiplomacyJackson2ModuleCustomizer}); a {@code
 *       DiplomacyJackson2Module} bean in another mode fails the startup.
 *   <li>In a servlet web application, a request body that breaks the format is answered with its
 *       problems ({@link DiplomacyJsonProblemHandler}), unless {@code
 *       diplomacy.json.problem-details=false}.
 * </ul>
 *
 * <p>Nothing here loads Jackson 3: the binding is {@code diplomacy-jackson2}.
 */
@AutoConfiguration(before = JacksonAutoConfiguration.class)
@ConditionalOnClass({DiplomacyJackson2Module.class, Jackson2ObjectMapperBuilder.class})
@EnableConfigurationProperties(DiplomacyJsonProperties.class)
@Import(DiplomacyJsonProblemDetailsConfiguration.class)
public class DiplomacyJackson2AutoConfiguration {

  /** Creates the auto-configuration; Spring Boot does. */
  public DiplomacyJackson2AutoConfiguration() {}

  /**
   * The module in Boot's mapper.
   *
   * @param properties the settings
   * @param beans the application's beans, for its own {@code DiplomacyJackson2Module} beans
   * @return the customizer
   */
  @Bean
  DiplomacyJackson2ModuleCustomizer diplomacyJackson2ModuleCustomizer(
      DiplomacyJsonProperties properties, ListableBeanFactory beans) {
    return DiplomacyJackson2ModuleCustomizer.of(
        properties.getMode(), beans.getBeansOfType(DiplomacyJackson2Module.class));
  }
}

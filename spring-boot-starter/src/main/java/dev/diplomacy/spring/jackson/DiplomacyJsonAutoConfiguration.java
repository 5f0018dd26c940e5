package dev.diplomacy.spring.jackson;

import dev.diplomacy.json.DiplomacyModule;
import dev.diplomacy.spring.DiplomacyJsonProblemDetailsConfiguration;
import dev.diplomacy.spring.DiplomacyJsonProblemHandler;
import dev.diplomacy.spring.DiplomacyJsonProperties;
import dev.diplomacy.spring.DiplomacyJsonStartupException;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.util.ClassUtils;

/**
 * The starter's auto-configuration, for a Spring Boot 4 application on Jackson 3.
 *
 * <ul>
 *   <li>Boot's {@code JsonMapper} gets exactly one {@link DiplomacyModule}, in the mode of {@code
 *       diplomacy.json.mode} ({@link DiplomacyJsonProperties}), whatever modules Boot found before
 *       it (see {@link DiplomacyModuleCustomizer}); a {@code DiplomacyModule} bean in another mode
 *       fails the startup.
 *   <li>In a servlet web application, a request body that breaks the format is answered with its
 *       problems ({@link DiplomacyJsonProblemHandler}).
 *   <li>Before any bean is made, Jackson 3 is started once: a {@code jackson-annotations} too old
 *       for it fails the startup with the versions found and the fix ({@link
 *       DiplomacyJsonFailureAnalyzer}), as does Spring Boot 3, which has no Jackson 3 mapper to
 *       configure.
 * </ul>
 */
@AutoConfiguration(
    beforeName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnClass({DiplomacyModule.class, tools.jackson.databind.json.JsonMapper.class})
@EnableConfigurationProperties(DiplomacyJsonProperties.class)
@Import(DiplomacyJsonProblemDetailsConfiguration.class)
public class DiplomacyJsonAutoConfiguration {

  private static final String BOOT_4_CUSTOMIZER =
      "org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer";

  /** Creates the auto-configuration; Spring Boot does. */
  public DiplomacyJsonAutoConfiguration() {}

  /**
   * Starts Jackson 3's annotation introspector with the application's class loader, before any bean
   * is made.
   *
   * @return the check
   */
  @Bean
  static BeanFactoryPostProcessor diplomacyJacksonAnnotationsCheck() {
    return beanFactory -> {
      ClassLoader loader = beanFactory.getBeanClassLoader();
      JacksonAnnotationsCheck.check(loader != null ? loader : ClassUtils.getDefaultClassLoader())
          .ifPresent(
              failure -> {
                throw failure;
              });
    };
  }

  /** The module in Boot's mapper, on Spring Boot 4. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = BOOT_4_CUSTOMIZER)
  static class MapperConfiguration {

    @Bean
    DiplomacyModuleCustomizer diplomacyModuleCustomizer(
        DiplomacyJsonProperties properties, ListableBeanFactory beans) {
      return DiplomacyModuleCustomizer.of(
          properties.getMode(), beans.getBeansOfType(DiplomacyModule.class));
    }
  }

  /** Spring Boot 3: no Jackson 3 mapper to put the module in. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnMissingClass(BOOT_4_CUSTOMIZER)
  static class NotSpringBoot4 {

    @Bean
    static BeanFactoryPostProcessor diplomacyNeedsSpringBoot4() {
      return beanFactory -> {
        throw new DiplomacyJsonStartupException(
            "diplomacy-spring-boot-starter configures Spring Boot 4's Jackson 3 mapper, and this"
                + " application runs an older Spring Boot, whose JSON is Jackson 2.",
            "On Spring Boot 3, use diplomacy's Jackson 2 binding (diplomacy-jackson2) and its"
                + " starter in place of diplomacy-spring-boot-starter; or move the application to"
                + " Spring Boot 4.");
      };
    }
  }
}

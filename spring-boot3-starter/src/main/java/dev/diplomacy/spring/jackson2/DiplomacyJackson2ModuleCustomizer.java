package dev.diplomacy.spring.jackson2;

import dev.diplomacy.jackson2.DiplomacyJackson2Module;
import dev.diplomacy.json.format.Mode;
import dev.diplomacy.spring.DiplomacyJsonStartupException;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * Puts the {@link DiplomacyJackson2Module} in the configured mode in Boot's mapper, after every
 * other customizer.
 *
 * <p>Boot's own customizer lists the application's {@code Module} beans as the modules to install,
 * a {@code DiplomacyJackson2Module} bean among them. This customizer edits that list, after Boot's:
 * it removes every {@code DiplomacyJackson2Module} and adds the one in the property's mode, leaving
 * the other modules as they are. The mapper then holds one, in that mode, whatever order Boot found
 * the beans in.
 *
 * <p>Spring Boot 3 does not look for modules through {@link java.util.ServiceLoader}; an
 * application that turns that on itself ({@code builder.findModulesViaServiceLoader(true)} in a
 * customizer of its own) also gets the strict module of the service file, which the builder
 * registers before the list. The property's module, registered after it, still decides: Jackson 2
 * asks the module registered last first.
 */
final class DiplomacyJackson2ModuleCustomizer
    implements Jackson2ObjectMapperBuilderCustomizer, Ordered {

  private final Mode mode;

  private DiplomacyJackson2ModuleCustomizer(Mode mode) {
    this.mode = mode;
  }

  /**
   * The customizer for {@code mode}, once the application's own {@code DiplomacyJackson2Module}
   * beans agree with it.
   *
   * @throws DiplomacyJsonStartupException naming the bean and the property, if a bean is in another
   *     mode: two settings of one choice, of which one would be ignored
   */
  static DiplomacyJackson2ModuleCustomizer of(
      Mode mode, Map<String, DiplomacyJackson2Module> declared) {
    DiplomacyJsonStartupException.requireModuleBeansIn(
        mode,
        declared.entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().mode())),
        "DiplomacyJackson2Module");
    return new DiplomacyJackson2ModuleCustomizer(mode);
  }

  /** The mode of the module this customizer adds. */
  Mode mode() {
    return mode;
  }

  @Override
  public void customize(Jackson2ObjectMapperBuilder builder) {
    builder.modulesToInstall(
        modules -> {
          modules.removeIf(DiplomacyJackson2Module.class::isInstance);
          modules.add(DiplomacyJackson2Module.of(mode));
        });
  }

  /** After Boot's own customizer, which lists the module beans. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}

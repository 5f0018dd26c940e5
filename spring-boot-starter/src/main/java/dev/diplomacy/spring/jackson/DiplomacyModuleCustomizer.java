package dev.diplomacy.spring.jackson;

import dev.diplomacy.json.DiplomacyModule;
import dev.diplomacy.json.format.Mode;
import dev.diplomacy.spring.DiplomacyJsonStartupException;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/**
 * Adds the {@link DiplomacyModule} in the configured mode to Boot's mapper, after every other
 * customizer.
 *
 * <p>Boot adds modules of its own before: the strict module found through the service file (unless
 * {@code spring.jackson.find-and-add-modules=false}) and any {@code DiplomacyModule} bean. Every
 * {@code DiplomacyModule} has one registration id, so the module added last replaces them: the
 * mapper holds exactly one, in the property's mode, whatever the order Boot found the others in.
 */
final class DiplomacyModuleCustomizer implements JsonMapperBuilderCustomizer, Ordered {

  private final Mode mode;

  private DiplomacyModuleCustomizer(Mode mode) {
    this.mode = mode;
  }

  /**
   * The customizer for {@code mode}, once the application's own {@code DiplomacyModule} beans agree
   * with it.
   *
   * @throws DiplomacyJsonStartupException naming the bean and the property, if a bean is in another
   *     mode: two settings of one choice, of which one would be ignored
   */
  static DiplomacyModuleCustomizer of(Mode mode, Map<String, DiplomacyModule> declared) {
    DiplomacyJsonStartupException.requireModuleBeansIn(
        mode,
        declared.entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().mode())),
        "DiplomacyModule");
    return new DiplomacyModuleCustomizer(mode);
  }

  /** The mode of the module this customizer adds. */
  Mode mode() {
    return mode;
  }

  @Override
  public void customize(JsonMapper.Builder builder) {
    builder.addModule(DiplomacyModule.of(mode));
  }

  /** After Boot's own customizer, which adds the modules it finds. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}

package dev.diplomacy.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.actors.Actor;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.validation.Finding;
import dev.diplomacy.core.validation.MissingAttributesException;
import dev.diplomacy.core.validation.ValidationException;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the style makes of every value type, found among the compiled classes so that a type added
 * later is checked too: its generated class is not public, and its builder is the public nested
 * {@code X.Builder}, which every generated setter returns, and which is an {@link Event.Builder}
 * for every kind of event and an {@link Actor.Builder} for every kind of actor.
 */
class DiplomacyStyleTest {

  @Test
  void everyValueTypeIsBuiltByItsOwnPublicNestedBuilder() throws Exception {
    List<Class<?>> generated = generatedClasses();
    assertThat(generated).hasSizeGreaterThan(25);
    for (Class<?> immutable : generated) {
      Class<?> type = immutable.getSuperclass();
      String name = type.getSimpleName();
      assertThat(Modifier.isPublic(immutable.getModifiers())).as(immutable.getName()).isFalse();
      assertThat(Modifier.isPublic(type.getModifiers())).as(name).isTrue();

      Class<?> builder = type.getMethod("builder").getReturnType();
      assertThat(builder.getName()).isEqualTo(type.getName() + "$Builder");
      assertThat(builder.getModifiers() & (Modifier.PUBLIC | Modifier.STATIC | Modifier.FINAL))
          .as(builder.getName())
          .isEqualTo(Modifier.PUBLIC | Modifier.STATIC | Modifier.FINAL);
      assertThat(builder.getSuperclass().getName()).isEqualTo(immutable.getName() + "$Builder");
      assertThat(builder.getConstructors())
          .as("%s: only %s.builder() makes one", name, name)
          .isEmpty();

      // The generated methods, and the builder's own (a short form, a check on build), not the
      // bridges to Event.Builder's and Actor.Builder's.
      List<Method> generatedMethods =
          Stream.of(builder.getMethods())
              .filter(
                  m ->
                      !m.isBridge()
                          && (m.getDeclaringClass() == builder.getSuperclass()
                              || m.getDeclaringClass() == builder))
              .collect(Collectors.toList());
      assertThat(generatedMethods).extracting(Method::getName).as(name).contains("build", "from");
      for (Method m : generatedMethods) {
        assertThat(m.getReturnType())
            .as(m.toString())
            .isEqualTo(m.getName().equals("build") ? type : builder);
      }

      assertThat(Event.Builder.class.isAssignableFrom(builder))
          .as("%s.Builder is an Event.Builder", name)
          .isEqualTo(Event.class.isAssignableFrom(type));
      assertThat(Actor.Builder.class.isAssignableFrom(builder))
          .as("%s.Builder is an Actor.Builder", name)
          .isEqualTo(Actor.class.isAssignableFrom(type));
    }
  }

  /**
   * An empty builder of every value type throws a {@link ValidationException}, never Immutables'
   * {@code IllegalStateException}: when required attributes are missing, one finding for each, at
   * its path, coded {@code <type>.<attribute>.missing} with the type's simple name in lower camel
   * case.
   */
  @Test
  void everyBuilderReportsMissingAttributesAsFindings() throws Exception {
    int missing = 0;
    for (Class<?> immutable : generatedClasses()) {
      Class<?> type = immutable.getSuperclass();
      String name = type.getSimpleName();
      Object builder = type.getMethod("builder").invoke(null);
      Method build = builder.getClass().getMethod("build");
      Throwable thrown;
      try {
        build.invoke(builder);
        continue; // a type with nothing required, whose empty value is valid
      } catch (InvocationTargetException e) {
        thrown = e.getCause();
      }
      assertThat(thrown).as(name).isInstanceOf(ValidationException.class);
      ValidationException e = (ValidationException) thrown;
      assertThat(e.type()).as(name).isEqualTo(name);
      if (e instanceof MissingAttributesException) {
        missing++;
        String prefix = Character.toLowerCase(name.charAt(0)) + name.substring(1) + ".";
        for (Finding f : e.findings()) {
          assertThat(f.code()).as(name).isEqualTo(prefix + f.path() + ".missing");
          assertThat(type.getMethod(f.path())).as(name + "." + f.path()).isNotNull();
          assertThat(f.isError()).isTrue();
        }
      }
    }
    assertThat(missing).isGreaterThan(20);
  }

  /** The generated {@code Immutable*} classes of the core, from its compiled classes. */
  private static List<Class<?>> generatedClasses() throws IOException, URISyntaxException {
    Path root =
        Path.of(DiplomacyStyle.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (Stream<Path> files = Files.walk(root)) {
      List<String> names =
          files
              .map(p -> root.relativize(p).toString().replace('\\', '/'))
              .filter(p -> p.matches(".*/Immutable[A-Za-z]+\\.class"))
              .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.'))
              .sorted()
              .collect(Collectors.toList());
      List<Class<?>> classes = new ArrayList<>();
      for (String name : names) {
        try {
          classes.add(Class.forName(name));
        } catch (ClassNotFoundException e) {
          throw new AssertionError(name, e);
        }
      }
      return classes;
    }
  }
}

package dev.diplomacy.core;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Every value of the model reachable from a value, for the tests that find what to check by
 * reflection ({@code TextRuleCoverageTest}, json's {@code AttributeCoverageTest}): through
 * optionals, collections and maps, into each object of a class of the core that is not an enum, and
 * on through its accessors (its public methods without parameters, but {@code validate}, which
 * checks rather than holds).
 */
public final class ModelWalk {

  private ModelWalk() {}

  /**
   * Gives {@code visit} each value of the model reachable from {@code value}, {@code value} too,
   * once: {@code seen} holds the values visited, by identity.
   */
  public static void walk(Object value, Set<Object> seen, Consumer<Object> visit) {
    if (value instanceof Optional<?> o) {
      o.ifPresent(v -> walk(v, seen, visit));
      return;
    }
    if (value instanceof Collection<?> c) {
      c.forEach(v -> walk(v, seen, visit));
      return;
    }
    if (value instanceof Map<?, ?> m) {
      m.values().forEach(v -> walk(v, seen, visit));
      return;
    }
    Class<?> type = value.getClass();
    if (!type.getName().startsWith("dev.diplomacy.core.") || type.isEnum() || !seen.add(value)) {
      return;
    }
    visit.accept(value);
    // The accessors, each called through the public type: the generated class is package-private.
    Class<?> api = apiType(type);
    for (Method accessor : api.getMethods()) {
      if (accessor.getParameterCount() == 0
          && !Modifier.isStatic(accessor.getModifiers())
          && accessor.getDeclaringClass().getName().startsWith("dev.diplomacy.core.")
          && !accessor.getName().equals("validate")) {
        try {
          Object result = accessor.invoke(value);
          if (result != null) {
            walk(result, seen, visit);
          }
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(accessor.toString(), e);
        }
      }
    }
  }

  /**
   * The public type users know a value by: {@code Meeting} for the generated, package-private
   * {@code ImmutableMeeting}.
   */
  public static Class<?> apiType(Class<?> type) {
    Class<?> api = type;
    while (!Modifier.isPublic(api.getModifiers())) {
      api = api.getSuperclass();
    }
    return api;
  }
}

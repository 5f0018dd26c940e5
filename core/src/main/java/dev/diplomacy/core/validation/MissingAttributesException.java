package dev.diplomacy.core.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@link ValidationException} of a builder whose required attributes were not all set: one
 * finding per missing attribute, at the attribute's path, coded {@code <type>.<attribute>.missing}
 * where {@code <type>} is the simple name of the type in lower camel case: {@code
 * meeting.id.missing}, {@code codedEvent.cameoCode.missing}.
 *
 * <pre>{@code
 * Meeting.builder().build();
 * // Invalid Meeting (1 problem):
 * //   id: Meeting needs id, which was not set [meeting.id.missing]
 * }</pre>
 *
 * <p>Every builder of the library throws it from {@code build()} before it checks any other rule: a
 * value missing an attribute is not checked further. A rule that needs a value of another type (an
 * event's id is an {@code Id}) is that type's own.
 */
public final class MissingAttributesException extends ValidationException {

  /**
   * The exception of the builder that calls this constructor: the generated builders of the library
   * call it with the names of the attributes they were not given, and the type is the one the
   * calling builder builds (the value type whose generated class declares the builder), so that
   * each builder needs no code of its own.
   *
   * @param attributes the names of the required attributes that were not set; at least one
   */
  public MissingAttributesException(String... attributes) {
    this(BuiltType.ofCaller(), attributes);
  }

  private MissingAttributesException(String type, String... attributes) {
    super(type, findings(type, attributes));
  }

  private static List<Finding> findings(String type, String[] attributes) {
    String prefix = Character.toLowerCase(type.charAt(0)) + type.substring(1) + ".";
    List<Finding> findings = new ArrayList<>(attributes.length);
    for (String attribute : attributes) {
      findings.add(
          Finding.error(
              attribute,
              prefix + attribute + ".missing",
              type + " needs " + attribute + ", which was not set"));
    }
    return findings;
  }

  /** The simple name of the type that the caller of the constructor builds. */
  private static final class BuiltType {

    private static final StackWalker WALKER =
        StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    private BuiltType() {}

    /**
     * For a generated builder {@code ImmutableMeeting.Builder}, the value type its enclosing class
     * extends ({@code Meeting}); for any other caller, the caller's own simple name.
     */
    static String ofCaller() {
      Class<?> caller =
          WALKER.walk(
              frames ->
                  frames
                      .map(StackWalker.StackFrame::getDeclaringClass)
                      .filter(c -> c != MissingAttributesException.class && c != BuiltType.class)
                      .findFirst()
                      .orElse(MissingAttributesException.class));
      Class<?> outer = caller.getEnclosingClass() != null ? caller.getEnclosingClass() : caller;
      Class<?> value = outer.getSuperclass();
      if (outer.getSimpleName().startsWith("Immutable") && value != null && value != Object.class) {
        return value.getSimpleName();
      }
      return outer.getSimpleName();
    }
  }
}

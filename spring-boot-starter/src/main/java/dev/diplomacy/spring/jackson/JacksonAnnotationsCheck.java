package dev.diplomacy.spring.jackson;

import dev.diplomacy.spring.DiplomacyJsonStartupException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Whether Jackson 3 can start with the {@code jackson-annotations} on the class path.
 *
 * <p>Jackson 3 keeps Jackson 2's annotations ({@code com.fasterxml.jackson.annotation}), in a jar
 * that an application's dependency management may pin to an older version than its Jackson 3 needs:
 * Spring Boot 3's does (2.19.2). Jackson 3 then fails the first time it introspects a class, with a
 * {@link NoClassDefFoundError} such as {@code com/fasterxml/jackson/annotation/JsonSerializeAs}
 * from {@code JacksonAnnotationIntrospector}, which names neither the jar nor the fix. This check
 * starts that introspector at startup, and names both.
 */
final class JacksonAnnotationsCheck {

  /** The class of Jackson 3 that reads the annotations, and fails when they are too old. */
  static final String INTROSPECTOR =
      "tools.jackson.databind.introspect.JacksonAnnotationIntrospector";

  private static final String ANNOTATION = "com.fasterxml.jackson.annotation.JsonProperty";
  private static final String DATABIND = "tools.jackson.databind.ObjectMapper";
  private static final String ANNOTATIONS_PACKAGE = "com.fasterxml.jackson.annotation";

  private JacksonAnnotationsCheck() {}

  /**
   * Starts Jackson 3's annotation introspector from {@code loader}.
   *
   * @return the failure to report, empty when Jackson 3 starts
   */
  static Optional<DiplomacyJsonStartupException> check(ClassLoader loader) {
    try {
      Class.forName(INTROSPECTOR, true, loader);
      return Optional.empty();
    } catch (LinkageError e) {
      return Optional.of(failure(loader, e));
    } catch (ClassNotFoundException e) {
      // No Jackson 3 here: nothing for it to fail on (the auto-configuration asks for it first).
      return Optional.empty();
    }
  }

  /**
   * Whether {@code error} is Jackson 3 failing on old annotations: it names a class or member of
   * the annotations, or Jackson's introspector, which cannot start once it has failed.
   */
  static boolean isCausedByOldAnnotations(LinkageError error) {
    String message = String.valueOf(error.getMessage()).replace('/', '.');
    return message.contains(ANNOTATIONS_PACKAGE) || message.contains(INTROSPECTOR);
  }

  /** The failure to report for {@code error}, with the versions found through {@code loader}. */
  static DiplomacyJsonStartupException failure(ClassLoader loader, LinkageError error) {
    String annotations = versionOf(ANNOTATION, loader);
    String databind = versionOf(DATABIND, loader);
    String missing = missingName(error);
    String description =
        "Jackson 3 (jackson-databind "
            + databind
            + ") cannot start: the jackson-annotations on the class path, version "
            + annotations
            + (missing == null ? "," : ", lacks " + missing + " and")
            + " is older than the one this Jackson 3 was released with. Jackson 3 reads Jackson 2's"
            + " annotations, from that jar; a dependency management that pins the jar for Jackson 2"
            + " (Spring Boot 3's pins 2.19.2) leaves Jackson 3 with too old a version.";
    String action =
        "Give jackson-annotations the version of your Jackson 3: import the BOM tools.jackson:"
            + "jackson-bom:"
            + databind
            + " in your dependency management, before any BOM that pins jackson-annotations, or"
            + " manage com.fasterxml.jackson.core:jackson-annotations at the version that BOM names."
            + " On Spring Boot 3, whose JSON is Jackson 2, use diplomacy's Jackson 2 binding"
            + " (diplomacy-jackson2) instead of diplomacy-json.";
    DiplomacyJsonStartupException failure = new DiplomacyJsonStartupException(description, action);
    failure.initCause(error);
    return failure;
  }

  /** The missing class or member that {@code error} names, when it names one of the annotations. */
  private static @Nullable String missingName(LinkageError error) {
    String message = String.valueOf(error.getMessage()).replace('/', '.');
    int at = message.indexOf(ANNOTATIONS_PACKAGE);
    if (at < 0) {
      return null;
    }
    int end = at;
    while (end < message.length()
        && (Character.isJavaIdentifierPart(message.charAt(end)) || message.charAt(end) == '.')) {
      end++;
    }
    return message.substring(at, end);
  }

  /** The version of the jar that holds {@code className}, from its manifest. */
  private static String versionOf(String className, ClassLoader loader) {
    try {
      Package p = Class.forName(className, false, loader).getPackage();
      String version = p == null ? null : p.getImplementationVersion();
      return version == null ? "(unknown)" : version;
    } catch (ClassNotFoundException | LinkageError e) {
      return "(not found)";
    }
  }
}

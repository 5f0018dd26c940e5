package dev.diplomacy.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.diplomacy.json.Golden;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The Jackson 2 binding with Jackson 3 off the class path, as in a Spring Boot 3 application: a
 * class loader that holds the test's class path without Jackson 3 and without the Jackson 3 binding
 * reads and writes a dossier, strict and lenient, through {@link DiplomacyJackson2} and through a
 * plain {@code ObjectMapper} that finds the module itself. In the run on Spring Boot 3's Jackson
 * (jackson2/pom.xml), the loader holds that Jackson's core, databind and annotations.
 */
class WithoutJackson3Test {

  /**
   * The jackson-annotations jar the loader holds instead of the test's, when set (jackson2/pom.xml:
   * Spring Boot 3's, which the Jackson 3 of the test's class path cannot run on).
   */
  private static final String ANNOTATIONS = "diplomacy.jackson2Annotations";

  @Test
  void readsAndWritesWithNoClassOfJackson3() throws Exception {
    List<URL> urls = new ArrayList<>();
    List<String> left = new ArrayList<>();
    String annotations = System.getProperty(ANNOTATIONS);
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = Path.of(entry).getFileName().toString();
      boolean jackson3 = entry.contains("tools" + File.separator + "jackson");
      boolean jackson3Binding = entry.contains("diplomacy-json-0") || isJsonModule(entry);
      boolean replacedAnnotations = annotations != null && name.startsWith("jackson-annotations");
      if (jackson3 || jackson3Binding || replacedAnnotations) {
        left.add(name);
      } else {
        urls.add(Path.of(entry).toUri().toURL());
      }
    }
    assertThat(left).as("Jackson 3 and its binding, left out").isNotEmpty();
    if (annotations != null) {
      assertThat(Path.of(annotations)).as("system property %s", ANNOTATIONS).isRegularFile();
      urls.add(Path.of(annotations).toUri().toURL());
    }
    String dossier = Golden.text("dossier.json");
    try (URLClassLoader loader =
        new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader())) {
      assertThatThrownBy(() -> loader.loadClass("tools.jackson.databind.ObjectMapper"))
          .isInstanceOf(ClassNotFoundException.class);
      assertThatThrownBy(() -> loader.loadClass("dev.diplomacy.json.DiplomacyJson"))
          .isInstanceOf(ClassNotFoundException.class);
      String jackson2 = System.getProperty("diplomacy.expectedJackson2");
      if (annotations != null) {
        // Spring Boot 3's whole set: its jackson-annotations too, not the newer ones Jackson 3
        // needs
        assertThat(
                loader
                    .loadClass("com.fasterxml.jackson.annotation.JsonProperty")
                    .getPackage()
                    .getImplementationVersion())
            .as("jackson-annotations in the loader")
            .isEqualTo(jackson2);
      }
      assertThat(
              loader
                  .loadClass("com.fasterxml.jackson.databind.cfg.PackageVersion")
                  .getField("VERSION")
                  .get(null)
                  .toString())
          .as("jackson-databind in the loader")
          .isEqualTo(jackson2);
      @SuppressWarnings("unchecked")
      Function<String, String> roundTrip =
          (Function<String, String>)
              loader.loadClass(RoundTrip.class.getName()).getConstructor().newInstance();
      // ObjectMapper.findAndRegisterModules looks in the thread's context class loader.
      Thread thread = Thread.currentThread();
      ClassLoader context = thread.getContextClassLoader();
      String written;
      thread.setContextClassLoader(loader);
      try {
        written = roundTrip.apply(dossier);
      } finally {
        thread.setContextClassLoader(context);
      }
      assertThat(written)
          .isEqualTo(
              DiplomacyJackson2.strict()
                  .write(
                      DiplomacyJackson2.strict()
                          .read(dossier, dev.diplomacy.core.dossier.Dossier.class)));
    }
  }

  /** The json module's own classes (a folder in the reactor, or its jar), not json-format's. */
  private static boolean isJsonModule(String entry) {
    String normalized = entry.replace(File.separatorChar, '/');
    return normalized.endsWith("/json/target/classes")
        || normalized.endsWith("/json/target/test-classes")
        || normalized.contains("diplomacy-json-0.1.0-SNAPSHOT-tests");
  }

  /**
   * Reads a dossier strict and lenient, and through a mapper that finds the module, and writes it:
   * run in the loader without Jackson 3.
   */
  public static final class RoundTrip implements Function<String, String> {

    /** For the loader. */
    public RoundTrip() {}

    @Override
    public String apply(String json) {
      dev.diplomacy.core.dossier.Dossier strict =
          DiplomacyJackson2.strict().read(json, dev.diplomacy.core.dossier.Dossier.class);
      dev.diplomacy.core.dossier.Dossier lenient =
          DiplomacyJackson2.lenient().read(json, dev.diplomacy.core.dossier.Dossier.class);
      com.fasterxml.jackson.databind.ObjectMapper found =
          new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules();
      try {
        dev.diplomacy.core.dossier.Dossier viaMapper =
            found.readValue(json, dev.diplomacy.core.dossier.Dossier.class);
        if (!strict.equals(lenient) || !strict.equals(viaMapper)) {
          throw new AssertionError("the three reads differ");
        }
        if (!found.writeValueAsString(viaMapper).equals(DiplomacyJackson2.strict().write(strict))) {
          throw new AssertionError("the mapper that found the module writes otherwise");
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      for (String loaded : new String[] {"tools.jackson.core.JsonParser"}) {
        try {
          Class.forName(loaded, false, RoundTrip.class.getClassLoader());
          throw new AssertionError(loaded + " is on the class path");
        } catch (ClassNotFoundException expected) {
          // as it must be
        }
      }
      return DiplomacyJackson2.strict().write(strict);
    }
  }
}

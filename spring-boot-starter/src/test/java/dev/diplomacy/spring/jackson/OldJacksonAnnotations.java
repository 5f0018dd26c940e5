package dev.diplomacy.spring.jackson;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A class loader in which Jackson 3 (the tests' own jars) meets the jackson-annotations that Spring
 * Boot 3.5's BOM pins, 2.19.2, which the build copies beside the class path: Jackson's classes come
 * from it first, everything else from the tests' class path.
 */
final class OldJacksonAnnotations extends URLClassLoader {

  static final Path JAR = Path.of("target/old-jackson-annotations/jackson-annotations-old.jar");

  OldJacksonAnnotations() throws Exception {
    super(
        new URL[] {
          JAR.toUri().toURL(),
          location(tools.jackson.databind.ObjectMapper.class),
          location(tools.jackson.core.JsonParser.class)
        },
        OldJacksonAnnotations.class.getClassLoader());
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException(JAR + " is missing: the build's dependency plugin copies it");
    }
  }

  private static URL location(Class<?> type) {
    return type.getProtectionDomain().getCodeSource().getLocation();
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (!name.startsWith("tools.jackson.") && !name.startsWith("com.fasterxml.jackson.")) {
      return super.loadClass(name, resolve);
    }
    synchronized (getClassLoadingLock(name)) {
      Class<?> c = findLoadedClass(name);
      if (c == null) {
        c = findClass(name);
      }
      if (resolve) {
        resolveClass(c);
      }
      return c;
    }
  }
}

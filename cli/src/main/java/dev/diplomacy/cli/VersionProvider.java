package dev.diplomacy.cli;

import dev.diplomacy.core.dossier.Dossier;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The tool's version, written into {@code version.properties} by the build, and the format's. */
final class VersionProvider implements IVersionProvider {

  /** The version of the tool, {@code unknown} when the build did not say. */
  static String version() {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // no version to tell
    }
    String version = properties.getProperty("version", "");
    if (version.isBlank() || version.startsWith("${")) {
      String manifest = VersionProvider.class.getPackage().getImplementationVersion();
      return manifest == null ? "unknown" : manifest;
    }
    return version;
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "diplomacy-cli " + version(),
      "dossier format " + Dossier.FORMAT_VERSION,
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}

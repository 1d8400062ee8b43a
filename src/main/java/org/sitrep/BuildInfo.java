package org.sitrep;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * sitrep's own version, read from {@code org/sitrep/sitrep-build.properties}, which the build fills
 * in from the pom: the pom is the one place the version is written.
 */
final class BuildInfo {

  static final String RESOURCE = "sitrep-build.properties";

  /** What the version reads as when the resource was not filtered (an IDE run without Maven). */
  static final String UNKNOWN = "unknown";

  private BuildInfo() {}

  static String version() {
    return Holder.VERSION;
  }

  private static final class Holder {
    static final String VERSION = read();
  }

  static String read() {
    try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return UNKNOWN;
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return versionOf(p);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  static String versionOf(Properties p) {
    String v = p.getProperty("version");
    return v == null || v.isBlank() || v.contains("${") ? UNKNOWN : v.strip();
  }
}

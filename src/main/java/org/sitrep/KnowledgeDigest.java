package org.sitrep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A SHA-256 over sitrep's knowledge: its lexicons, gazetteer and every other resource file under
 * {@code org/sitrep/}, names and bytes in name order. Classes, the build-info file (the version is
 * reported apart) and the contract's JSON Schema ({@code org/sitrep/json/}) are left out. Computed when first asked,
 * from the class-path entry that holds sitrep (a classes folder or a jar), so it follows whatever
 * the resources are and needs no list kept by hand. Two runs with the same digest read the same
 * knowledge.
 */
final class KnowledgeDigest {

  /** Where sitrep's resources live, relative to its class-path entry. */
  static final String ROOT = "org/sitrep";

  private KnowledgeDigest() {}

  /** {@code "sha256:<hex>"}, or null when sitrep's class-path entry cannot be read as files. */
  static String current() {
    return Holder.DIGEST;
  }

  private static final class Holder {
    static final String DIGEST = ofCodeSource(KnowledgeDigest.class.getProtectionDomain().getCodeSource());
  }

  static String ofCodeSource(CodeSource source) {
    URL location = source == null ? null : source.getLocation();
    if (location == null || !"file".equals(location.getProtocol())) {
      return null;
    }
    try {
      return ofClassPathEntry(Path.of(location.toURI()));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  /** The digest of the resources under {@link #ROOT} in a classes folder or a jar. */
  static String ofClassPathEntry(Path entry) {
    try {
      if (Files.isDirectory(entry)) {
        return ofRoot(entry.resolve(ROOT));
      }
      if (Files.isRegularFile(entry)) {
        try (FileSystem jar = FileSystems.newFileSystem(entry)) {
          return ofRoot(jar.getPath("/" + ROOT));
        }
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read sitrep's resources in " + entry, e);
    }
  }

  /** The digest of the resource files under {@code root} (a folder in any file system). */
  static String ofRoot(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return null;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).filter(f -> isKnowledge(name(root, f)))
          .sorted((a, b) -> name(root, a).compareTo(name(root, b))).toList();
    }
    MessageDigest sha = sha256();
    for (Path f : files) {
      byte[] name = name(root, f).getBytes(StandardCharsets.UTF_8);
      byte[] bytes = Files.readAllBytes(f);
      sha.update(ByteBuffer.allocate(8).putLong(name.length).array());
      sha.update(name);
      sha.update(ByteBuffer.allocate(8).putLong(bytes.length).array());
      sha.update(bytes);
    }
    return "sha256:" + HexFormat.of().formatHex(sha.digest());
  }

  /** Whether a file under {@link #ROOT}, by its relative name ({@code extract/speaker/titles.txt}), is knowledge. */
  static boolean isKnowledge(String name) {
    return !name.endsWith(".class") && !name.equals(BuildInfo.RESOURCE) && !name.startsWith("json/");
  }

  private static String name(Path root, Path file) {
    return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}

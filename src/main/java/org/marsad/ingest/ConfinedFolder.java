package org.marsad.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of a batch folder, each checked by its real path against the folder: a link that
 * leads out of it (to {@code /etc/passwd}, to another folder) or to a folder is refused with a
 * reason and never read. Links are never followed while walking ({@code NOFOLLOW_LINKS}); a link
 * to a file inside the folder is read from its real path. Stateless and thread safe.
 */
public final class ConfinedFolder {

  private final Path root;

  /** {@code folder} is resolved to its real path once: the root every file is checked against. */
  public ConfinedFolder(Path folder) throws IOException {
    this.root = folder.toRealPath();
  }

  /** A file to read (its real path), or why it may not be read. */
  public record Checked(String name, Path file, String refusal) {}

  /** Every regular file and link under the folder, by name relative to it, sorted. */
  public List<String> names() throws IOException {
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        BasicFileAttributes attributes = attributes(file);
        if (attributes != null && (attributes.isRegularFile() || attributes.isSymbolicLink())) {
          names.add(root.relativize(file).toString().replace('\\', '/'));
        }
      }
    }
    names.sort(null);
    return names;
  }

  /** Checks one file, named relative to the folder, just before it is read. */
  public Checked check(String name) {
    Path file = root.resolve(name).normalize();
    if (!file.startsWith(root)) {
      return refused(name, "The name leads out of the folder being ingested");
    }
    BasicFileAttributes attributes = attributes(file);
    if (attributes == null) {
      return refused(name, "The file is no longer there");
    }
    Path real;
    try {
      real = file.toRealPath();
    } catch (IOException e) {
      return refused(name, "The link leads nowhere (its target does not exist)");
    }
    if (!real.startsWith(root)) {
      return refused(name, "The link leads out of the inbox folder; links out of an inbox are never followed");
    }
    if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
      return refused(name, "The link leads to a folder, which is not followed; ingest that folder itself");
    }
    return new Checked(name, real, null);
  }

  private static Checked refused(String name, String reason) {
    return new Checked(name, null, reason);
  }

  private static BasicFileAttributes attributes(Path file) {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return null;
    }
  }
}

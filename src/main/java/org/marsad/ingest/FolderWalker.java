package org.marsad.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A folder walked recursively, links not followed; its files, sorted by relative path, are read
 * lazily from disk (an {@link IngestSource.OnDisk} each, streamed to the parser).
 *
 * <p>Confined: just before it is read, every file is checked by its real path against the folder's
 * real path (itself inside an inbox when the job came over HTTP). A link that leads out of the
 * folder (to {@code /etc/passwd}, to another folder), to a folder or nowhere is handed out as
 * {@link IngestSource.Refused} — a recorded failure — and never opened. A link to a file inside the
 * folder is read from its real path.
 *
 * @param folder the folder
 */
public record FolderWalker(Path folder) implements BatchInput {

  /** Every regular file and link under the folder, by name relative to it, sorted. */
  @Override
  public List<String> names() throws IOException {
    Path root = root();
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

  @Override
  public void feed(Set<String> skip, int chunkSize, Consumer<List<IngestSource>> chunk) throws IOException {
    Path root = root();
    List<IngestSource> batch = new ArrayList<>(chunkSize);
    for (String name : names()) {
      if (skip.contains(name)) {
        continue;
      }
      batch.add(confined(root, name));
      if (batch.size() == chunkSize) {
        chunk.accept(List.copyOf(batch));
        batch.clear();
      }
    }
    if (!batch.isEmpty()) {
      chunk.accept(List.copyOf(batch));
    }
  }

  /** The file to read by its real path, or why it may not be read. */
  static IngestSource confined(Path root, String name) {
    Path file = root.resolve(name).normalize();
    if (!file.startsWith(root) || attributes(file) == null) {
      return new IngestSource.Refused(name, "The file is no longer in the folder");
    }
    Path real;
    try {
      real = file.toRealPath();
    } catch (IOException e) {
      return new IngestSource.Refused(name, "The link leads nowhere (its target does not exist)");
    }
    if (!real.startsWith(root)) {
      return new IngestSource.Refused(name,
          "The link leads out of the inbox folder; links out of an inbox are never followed");
    }
    if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
      return new IngestSource.Refused(name,
          "The link leads to a folder, which is not followed; ingest that folder itself");
    }
    return IngestSource.ofPath(name, real);
  }

  private Path root() throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new IOException("The folder " + folder.getFileName() + " no longer exists");
    }
    return folder.toRealPath();
  }

  private static BasicFileAttributes attributes(Path file) {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return null;
    }
  }
}

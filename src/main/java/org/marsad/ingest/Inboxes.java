package org.marsad.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The folders a batch job started over HTTP may read ({@code marsad.ingest.inboxes}), and the one
 * check that keeps a request inside them. A requested folder is resolved against each inbox in turn
 * and accepted only if it is a folder whose real path (symbolic links and {@code ..} resolved) lies
 * inside that inbox's real path, so {@code ../etc}, an absolute path elsewhere or a link pointing
 * out of the inbox are refused. Immutable and thread safe.
 */
public final class Inboxes {

  private final List<Path> roots;

  public Inboxes(List<Path> roots) {
    this.roots = List.copyOf(roots);
  }

  /** Whether any inbox is configured; with none, batch jobs over HTTP are off. */
  public boolean configured() {
    return !roots.isEmpty();
  }

  public int count() {
    return roots.size();
  }

  /**
   * The real path of {@code requested} (absolute, or relative to an inbox) when it is a folder
   * inside an inbox; empty otherwise.
   */
  public Optional<Path> resolve(String requested) throws IOException {
    for (Path inbox : roots) {
      if (!Files.isDirectory(inbox)) {
        continue;
      }
      Path root = inbox.toRealPath();
      Path candidate = root.resolve(requested).normalize();
      if (Files.isDirectory(candidate) && candidate.toRealPath().startsWith(root)) {
        return Optional.of(candidate.toRealPath());
      }
    }
    return Optional.empty();
  }
}

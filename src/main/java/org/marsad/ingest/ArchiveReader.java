package org.marsad.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * Opens ZIP archives into their member files, so each member is ingested (and gets its outcome)
 * like a file of its own, named {@code archive.zip/folder/member.txt}.
 *
 * <p>Zip-bomb guards, checked while streaming (nothing is trusted from the archive's headers): at
 * most {@code maxEntries} members; a member larger than {@code maxFileSize} is rejected; the bytes
 * unpacked may not exceed {@code maxRatio} times the archive's size. Nested archives are opened
 * up to {@link #MAX_DEPTH} levels. Stateless and thread safe.
 */
public final class ArchiveReader {

  static final int MAX_DEPTH = 3;

  private final long maxFileSize;
  private final int maxEntries;
  private final int maxRatio;

  public ArchiveReader(long maxFileSize, int maxEntries, int maxRatio) {
    this.maxFileSize = maxFileSize;
    this.maxEntries = maxEntries;
    this.maxRatio = maxRatio;
  }

  /** A member that could not be taken out of its archive. */
  public record Rejected(String fileName, String reason) {}

  /** The members read, those rejected, or why the whole archive failed (then nothing else). */
  public record Members(List<IngestSource> sources, List<Rejected> rejected, String failureReason) {}

  public boolean accepts(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".zip");
  }

  public Members read(IngestSource archive) {
    return read(archive, 1);
  }

  private Members read(IngestSource archive, int depth) {
    if (archive.size() > maxFileSize) {
      return failed("The archive is larger than the limit of " + maxFileSize + " bytes");
    }
    long budget = Math.max(archive.size(), 1024) * maxRatio;
    List<IngestSource> sources = new ArrayList<>();
    List<Rejected> rejected = new ArrayList<>();
    long unpacked = 0;
    int entries = 0;
    try (InputStream raw = archive.open(); ZipArchiveInputStream zip = new ZipArchiveInputStream(raw)) {
      ZipArchiveEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (entry.isDirectory()) {
          continue;
        }
        if (++entries > maxEntries) {
          return failed("The archive holds more than " + maxEntries + " files (a zip bomb?)");
        }
        String name = archive.fileName() + "/" + entry.getName();
        if (!zip.canReadEntryData(entry)) {
          rejected.add(new Rejected(name, "The archive member is encrypted or uses an unsupported compression"));
          continue;
        }
        byte[] bytes = readCapped(zip, Math.min(maxFileSize, budget - unpacked));
        if (bytes == null) {
          if (unpacked + maxFileSize >= budget) {
            return failed("The archive unpacks to more than " + maxRatio
                + " times its size (a zip bomb?)");
          }
          rejected.add(new Rejected(name, "The file is larger than the limit of " + maxFileSize + " bytes"));
          continue;
        }
        unpacked += bytes.length;
        IngestSource member = IngestSource.ofBytes(name, bytes);
        if (accepts(name) && depth < MAX_DEPTH) {
          Members nested = read(member, depth + 1);
          if (nested.failureReason() != null) {
            rejected.add(new Rejected(name, nested.failureReason()));
          }
          sources.addAll(nested.sources());
          rejected.addAll(nested.rejected());
        } else {
          sources.add(member);
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      return failed("The archive could not be read: " + e.getMessage());
    }
    if (entries == 0) {
      // Otherwise the file would get no outcome at all.
      return failed("The file holds no files or is not a ZIP archive");
    }
    return new Members(sources, rejected, null);
  }

  /** The entry's bytes, or null when there are more than {@code cap}. */
  private static byte[] readCapped(InputStream in, long cap) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) > 0) {
      total += n;
      if (total > cap) {
        return null;
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static Members failed(String reason) {
    return new Members(List.of(), List.of(), reason);
  }
}

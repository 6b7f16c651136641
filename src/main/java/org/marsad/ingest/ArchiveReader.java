package org.marsad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * Opens ZIP archives into their member files, so each member is ingested (and gets its outcome)
 * like a file of its own, named {@code archive.zip/folder/member.txt}.
 *
 * <p>Members are handed out one at a time, each spooled to a temporary file: an archive is never
 * held in memory, whatever it unpacks to. Zip-bomb guards, checked while streaming (nothing is
 * trusted from the archive's headers): at most {@code maxEntries} members; a member larger than
 * {@code maxFileSize} is rejected; the bytes unpacked — members kept, skipped or nested — may not
 * exceed {@code maxRatio} times the archive's size nor {@code maxUnpacked} in all. When a limit is
 * reached the rest of the archive is not read (members handed out before keep their outcomes).
 * Nested archives are opened up to {@link #MAX_DEPTH} levels within the same budget. Stateless
 * and thread safe.
 */
public final class ArchiveReader {

  static final int MAX_DEPTH = 3;
  private static final int BUFFER = 64 * 1024;

  private final long maxFileSize;
  private final int maxEntries;
  private final int maxRatio;
  private final long maxUnpacked;

  public ArchiveReader(long maxFileSize, int maxEntries, int maxRatio, long maxUnpacked) {
    this.maxFileSize = maxFileSize;
    this.maxEntries = maxEntries;
    this.maxRatio = maxRatio;
    this.maxUnpacked = maxUnpacked;
  }

  /** Receives an archive's members, one at a time, in the archive's order. */
  public interface MemberSink {

    /** A member spooled to a temporary file; the sink owns the file and deletes it when done. */
    void accept(IngestSource.Member member);

    /** A member that could not be taken out of the archive, and why. */
    void rejected(IngestSource.InArchive member, String reason);
  }

  /** A member taken out of its archive for a retry, or why it could not be. */
  public record Extracted(IngestSource.Member member, String failureReason) {}

  public boolean accepts(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".zip");
  }

  /**
   * Hands the archive's members to {@code sink}; returns null, or why the archive (or the rest
   * of it) could not be read.
   */
  public String read(IngestSource archive, MemberSink sink) {
    long size = archive.size();
    if (size > maxFileSize) {
      return "The archive is larger than the limit of " + maxFileSize + " bytes";
    }
    long byRatio = size < 0 ? Long.MAX_VALUE : Math.max(size, 1024) * maxRatio;
    Budget budget = new Budget(Math.min(byRatio, maxUnpacked), "The archive unpacks to more than " + maxRatio
        + " times its size (or " + maxUnpacked + " bytes in all, marsad.ingest.max-archive-unpacked; a zip bomb?);"
        + " the rest of it was not read");
    try (InputStream raw = archive.open()) {
      // A member being read as an archive (nested, or retried) names its members from the top.
      read(raw, archive.origin(), archive.fileName(), archive.entries(), 1, budget, sink);
      // Otherwise the file would get no outcome at all.
      return budget.entries == 0 ? "The file holds no files or is not a ZIP archive" : null;
    } catch (LimitReached e) {
      return e.getMessage();
    } catch (IOException | IllegalArgumentException e) {
      return "The archive could not be read: " + e.getMessage();
    }
  }

  /** Spools one member of an archive (a failed member being retried), within the file-size limit. */
  public Extracted extract(IngestSource.InArchive member) {
    Budget budget = new Budget(maxUnpacked, "The archive member unpacks to more than " + maxUnpacked + " bytes");
    try (InputStream in = member.open()) {
      Path spooled = spool(in, budget);
      if (spooled == null) {
        return new Extracted(null, "The file is larger than the limit of " + maxFileSize + " bytes");
      }
      return new Extracted(
          new IngestSource.Member(member.fileName(), spooled, member.origin(), member.entries()), null);
    } catch (LimitReached e) {
      return new Extracted(null, e.getMessage());
    } catch (IOException | IllegalArgumentException e) {
      return new Extracted(null, "The archive member could not be read: " + e.getMessage());
    }
  }

  /** A stream of one member of {@code archive}, found by its entry names (outermost first). */
  static InputStream openEntry(InputStream archive, List<String> entries) throws IOException {
    InputStream current = archive;
    for (String name : entries) {
      ZipArchiveInputStream zip = new ZipArchiveInputStream(current);
      ZipArchiveEntry entry = zip.getNextEntry();
      while (entry != null && !entry.getName().equals(name)) {
        entry = zip.getNextEntry();
      }
      if (entry == null) {
        zip.close();
        throw new NoSuchFileException(name + " is no longer in the archive");
      }
      current = zip;
    }
    return current;
  }

  private void read(InputStream raw, IngestSource origin, String prefix, List<String> outer, int depth,
      Budget budget, MemberSink sink) throws IOException {
    ZipArchiveInputStream zip = new ZipArchiveInputStream(raw);
    ZipArchiveEntry entry;
    while ((entry = zip.getNextEntry()) != null) {
      if (entry.isDirectory()) {
        continue;
      }
      if (++budget.entries > maxEntries) {
        throw new LimitReached("The archive holds more than " + maxEntries + " files (a zip bomb?)");
      }
      String name = prefix + "/" + entry.getName();
      List<String> entries = new ArrayList<>(outer);
      entries.add(entry.getName());
      IngestSource.InArchive here = new IngestSource.InArchive(name, origin, entries);
      if (!zip.canReadEntryData(entry)) {
        sink.rejected(here, "The archive member is encrypted or uses an unsupported compression");
        continue;
      }
      Path spooled = spool(zip, budget);
      if (spooled == null) {
        sink.rejected(here, "The file is larger than the limit of " + maxFileSize + " bytes");
      } else if (accepts(name) && depth < MAX_DEPTH) {
        try (InputStream nested = Files.newInputStream(spooled)) {
          read(nested, origin, name, entries, depth + 1, budget, sink);
        } catch (IOException | IllegalArgumentException e) {
          sink.rejected(here, "The archive could not be read: " + e.getMessage());
        } finally {
          Files.deleteIfExists(spooled);
        }
      } else {
        sink.accept(new IngestSource.Member(name, spooled, origin, entries));
      }
    }
  }

  /**
   * Copies an entry to a temporary file; null (and nothing kept) when it is larger than the
   * file-size limit. Every byte read counts against the archive's budget, skipped ones too.
   */
  private Path spool(InputStream in, Budget budget) throws IOException {
    Path file = Files.createTempFile("marsad-member-", ".part");
    boolean kept = false;
    try (OutputStream out = Files.newOutputStream(file)) {
      byte[] buffer = new byte[BUFFER];
      long total = 0;
      int n;
      while ((n = in.read(buffer)) > 0) {
        budget.use(n);
        total += n;
        if (total <= maxFileSize) {
          out.write(buffer, 0, n);
        }
      }
      kept = total <= maxFileSize;
      return kept ? file : null;
    } finally {
      if (!kept) {
        Files.deleteIfExists(file);
      }
    }
  }

  /** What one archive may still unpack; shared by its nested archives. */
  private static final class Budget {
    private final long limit;
    private final String exceeded;
    private long used;
    private int entries;

    Budget(long limit, String exceeded) {
      this.limit = limit;
      this.exceeded = exceeded;
    }

    void use(long bytes) {
      used += bytes;
      if (used > limit) {
        throw new LimitReached(exceeded);
      }
    }
  }

  /** A limit that stops reading the archive. */
  private static final class LimitReached extends RuntimeException {
    LimitReached(String message) {
      super(message, null, false, false);
    }
  }
}

package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;

/** ZIP archives opened into members, and the zip-bomb guards, on archives built in the test. */
class ArchiveReaderTest {

  private static final long MAX_FILE = 10_000;
  private final ArchiveReader reader = new ArchiveReader(MAX_FILE, 5, 20, 1_000_000);

  /** What one read handed out: members (read, then their temporary files deleted), rejections, failure. */
  private record Members(List<Member> sources, List<Rejected> rejected, String failureReason) {}

  private record Member(String fileName, String text, List<String> entries) {}

  private record Rejected(String fileName, String reason) {}

  private static Members read(ArchiveReader reader, String name, byte[] zip) {
    List<Member> sources = new ArrayList<>();
    List<Rejected> rejected = new ArrayList<>();
    String failure = reader.read(IngestSource.ofBytes(name, zip), new ArchiveReader.MemberSink() {
      @Override
      public void accept(IngestSource.Member member) {
        try {
          sources.add(new Member(member.fileName(),
              new String(member.open().readAllBytes(), StandardCharsets.UTF_8), member.entries()));
          assertThat(member.origin().fileName()).isEqualTo(name);
          Files.delete(member.spooled());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public void rejected(IngestSource.InArchive member, String reason) {
        rejected.add(new Rejected(member.fileName(), reason));
      }
    });
    return new Members(sources, rejected, failure);
  }

  @Test
  void membersAreNamedInsideTheirArchiveAndFoldersAreSkipped() throws IOException {
    byte[] zip = zip(Map.of("a.txt", text("خبر أول"), "reports/b.txt", text("خبر ثان"), "reports/", new byte[0]));

    Members members = read(reader, "bundle.zip", zip);

    assertThat(members.failureReason()).isNull();
    assertThat(members.rejected()).isEmpty();
    assertThat(members.sources()).extracting(Member::fileName)
        .containsExactlyInAnyOrder("bundle.zip/a.txt", "bundle.zip/reports/b.txt");
    Member first = members.sources().stream().filter(s -> s.fileName().endsWith("a.txt")).findFirst().orElseThrow();
    assertThat(first.text()).isEqualTo("خبر أول");
    assertThat(first.entries()).containsExactly("a.txt");
  }

  @Test
  void nestedArchivesAreOpenedUpToTheDepthLimit() throws IOException {
    byte[] inner = zip(Map.of("deep.txt", text("نص")));
    byte[] middle = zip(Map.of("inner.zip", inner));
    byte[] outer = zip(Map.of("middle.zip", middle, "top.txt", text("نص آخر")));

    Members members = read(reader, "outer.zip", outer);
    assertThat(members.sources()).extracting(Member::fileName)
        .containsExactlyInAnyOrder("outer.zip/top.txt", "outer.zip/middle.zip/inner.zip/deep.txt");
    // A retry finds a nested member by its entry names, outermost first.
    assertThat(members.sources()).filteredOn(m -> m.fileName().endsWith("deep.txt")).singleElement()
        .satisfies(m -> assertThat(m.entries()).containsExactly("middle.zip", "inner.zip", "deep.txt"));

    // One level deeper than MAX_DEPTH: the innermost archive stays a member, not opened.
    byte[] deeper = zip(Map.of("outer.zip", outer));
    assertThat(read(reader, "deeper.zip", deeper).sources()).extracting(Member::fileName)
        .contains("deeper.zip/outer.zip/middle.zip/inner.zip");
  }

  @Test
  void aMemberOverTheSizeLimitIsRejectedAndTheOthersKept() throws IOException {
    byte[] zip = zip(Map.of("big.txt", new byte[(int) MAX_FILE + 1], "small.txt", text("نص")));

    Members members = read(new ArchiveReader(MAX_FILE, 5, 1000, 1_000_000), "mixed.zip", zip);

    assertThat(members.sources()).extracting(Member::fileName).containsExactly("mixed.zip/small.txt");
    assertThat(members.rejected()).singleElement().satisfies(r -> {
      assertThat(r.fileName()).isEqualTo("mixed.zip/big.txt");
      assertThat(r.reason()).contains("larger than the limit of " + MAX_FILE);
    });
  }

  @Test
  void tooManyMembersIsAZipBomb() throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (int i = 0; i < 6; i++) {
      files.put("f" + i + ".txt", text("نص " + i));
    }

    Members members = read(reader, "many.zip", zip(files));

    assertThat(members.failureReason()).contains("more than 5 files");
    // Streamed: the members before the limit were handed out (and get their outcomes); no more.
    assertThat(members.sources()).hasSize(5);
  }

  @Test
  void unpackingFarBeyondTheArchivesSizeIsAZipBomb() throws IOException {
    // 9,000 zero bytes compress to a few dozen; three unpack to more than 20 x the archive (or 1 KB).
    byte[] zip = zip(Map.of("zeros1.txt", new byte[9_000], "zeros2.txt", new byte[9_000], "zeros3.txt", new byte[9_000]));
    assertThat(zip.length).isLessThan(1024);

    Members members = read(reader, "bomb.zip", zip);

    assertThat(members.failureReason()).contains("unpacks to more than 20 times its size");
  }

  @Test
  void anArchiveOverTheSizeLimitIsNotOpened() throws IOException {
    byte[] zip = zip(Map.of("noise.bin", random((int) MAX_FILE * 2)));

    assertThat(read(reader, "huge.zip", zip).failureReason()).contains("archive is larger than the limit");
  }

  @Test
  void anEncryptedMemberIsRejectedWithItsReason() throws IOException {
    // Stored with sizes in the local headers, as encrypting tools write them.
    byte[] zip = storedZip(Map.of("open.txt", text("علني"), "secret.txt", text("سري")));
    // Set the "encrypted" flag (bit 0 of the general purpose flags) in secret.txt's local header.
    int header = indexOf(zip, "secret.txt".getBytes(StandardCharsets.US_ASCII)) - 30;
    assertThat(zip[header]).isEqualTo((byte) 0x50);
    zip[header + 6] |= 1;

    Members members = read(reader, "locked.zip", zip);

    assertThat(members.rejected()).extracting(Rejected::fileName).containsExactly("locked.zip/secret.txt");
    assertThat(members.rejected().get(0).reason()).contains("encrypted");
    assertThat(members.sources()).extracting(Member::fileName).containsExactly("locked.zip/open.txt");
  }

  /** Every file gets an outcome: a ".zip" that is no archive, or holds no file, fails with a reason. */
  @Test
  void aZipWithNothingToReadFails() throws IOException {
    assertThat(read(reader, "fake.zip", text("ليس أرشيفا")).failureReason()).isNotNull();
    assertThat(read(reader, "empty.zip", zip(Map.of("folder/", new byte[0]))).failureReason()).isNotNull();
  }

  /** Whatever the ratio allows, an archive never unpacks past the absolute cap. */
  @Test
  void theAbsoluteUnpackCapHoldsWhateverTheRatio() throws IOException {
    byte[] zip = zip(Map.of("a.txt", new byte[9_000], "b.txt", new byte[9_000]));
    ArchiveReader capped = new ArchiveReader(MAX_FILE, 5, 10_000, 12_000);

    Members members = read(capped, "capped.zip", zip);

    assertThat(members.failureReason()).contains("12000 bytes in all");
    assertThat(members.sources()).extracting(Member::fileName).containsExactly("capped.zip/a.txt");
  }

  /** A failed member is read again alone, out of the kept archive, by its entry names. */
  @Test
  void aMemberIsExtractedAloneForARetry() throws IOException {
    byte[] inner = zip(Map.of("deep.txt", text("نص عميق")));
    byte[] outer = zip(Map.of("inner.zip", inner, "top.txt", text("نص")));
    IngestSource archive = IngestSource.ofBytes("outer.zip", outer);

    ArchiveReader.Extracted extracted = reader.extract(
        new IngestSource.InArchive("outer.zip/inner.zip/deep.txt", archive, List.of("inner.zip", "deep.txt")));

    assertThat(extracted.failureReason()).isNull();
    try {
      assertThat(new String(extracted.member().open().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("نص عميق");
      assertThat(extracted.member().origin()).isSameAs(archive);
    } finally {
      Files.delete(extracted.member().spooled());
    }
    assertThat(reader.extract(new IngestSource.InArchive("outer.zip/gone.txt", archive, List.of("gone.txt")))
        .failureReason()).contains("no longer in the archive");
  }

  @Test
  void onlyZipFilesAreArchives() {
    assertThat(reader.accepts("Bundle.ZIP")).isTrue();
    assertThat(reader.accepts("report.docx")).isFalse();
    assertThat(reader.accepts("corpus.tar.gz")).isFalse();
  }

  private static byte[] zip(Map<String, byte[]> files) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> file : new java.util.TreeMap<>(files).entrySet()) {
        out.putArchiveEntry(new ZipArchiveEntry(file.getKey()));
        out.write(file.getValue());
        out.closeArchiveEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static byte[] storedZip(Map<String, byte[]> files) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> file : new java.util.TreeMap<>(files).entrySet()) {
        ZipArchiveEntry entry = new ZipArchiveEntry(file.getKey());
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(file.getValue());
        entry.setMethod(ZipArchiveEntry.STORED);
        entry.setSize(file.getValue().length);
        entry.setCrc(crc.getValue());
        out.putArchiveEntry(entry);
        out.write(file.getValue());
        out.closeArchiveEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("not found");
  }

  private static byte[] text(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Incompressible bytes, so the archive is as large as its content. */
  private static byte[] random(int size) {
    byte[] bytes = new byte[size];
    new java.util.Random(42).nextBytes(bytes);
    return bytes;
  }
}

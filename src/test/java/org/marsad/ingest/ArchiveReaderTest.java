package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;

/** ZIP archives opened into members, and the zip-bomb guards, on archives built in the test. */
class ArchiveReaderTest {

  private static final long MAX_FILE = 10_000;
  private final ArchiveReader reader = new ArchiveReader(MAX_FILE, 5, 20);

  @Test
  void membersAreNamedInsideTheirArchiveAndFoldersAreSkipped() throws IOException {
    byte[] zip = zip(Map.of("a.txt", text("خبر أول"), "reports/b.txt", text("خبر ثان"), "reports/", new byte[0]));

    ArchiveReader.Members members = reader.read(IngestSource.ofBytes("bundle.zip", zip));

    assertThat(members.failureReason()).isNull();
    assertThat(members.rejected()).isEmpty();
    assertThat(members.sources()).extracting(IngestSource::fileName)
        .containsExactlyInAnyOrder("bundle.zip/a.txt", "bundle.zip/reports/b.txt");
    IngestSource first = members.sources().stream().filter(s -> s.fileName().endsWith("a.txt")).findFirst().orElseThrow();
    assertThat(new String(first.open().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("خبر أول");
  }

  @Test
  void nestedArchivesAreOpenedUpToTheDepthLimit() throws IOException {
    byte[] inner = zip(Map.of("deep.txt", text("نص")));
    byte[] middle = zip(Map.of("inner.zip", inner));
    byte[] outer = zip(Map.of("middle.zip", middle, "top.txt", text("نص آخر")));

    assertThat(reader.read(IngestSource.ofBytes("outer.zip", outer)).sources()).extracting(IngestSource::fileName)
        .containsExactlyInAnyOrder("outer.zip/top.txt", "outer.zip/middle.zip/inner.zip/deep.txt");

    // One level deeper than MAX_DEPTH: the innermost archive stays a member, not opened.
    byte[] deeper = zip(Map.of("outer.zip", outer));
    assertThat(reader.read(IngestSource.ofBytes("deeper.zip", deeper)).sources()).extracting(IngestSource::fileName)
        .contains("deeper.zip/outer.zip/middle.zip/inner.zip");
  }

  @Test
  void aMemberOverTheSizeLimitIsRejectedAndTheOthersKept() throws IOException {
    byte[] zip = zip(Map.of("big.txt", new byte[(int) MAX_FILE + 1], "small.txt", text("نص")));

    ArchiveReader.Members members = new ArchiveReader(MAX_FILE, 5, 1000).read(IngestSource.ofBytes("mixed.zip", zip));

    assertThat(members.sources()).extracting(IngestSource::fileName).containsExactly("mixed.zip/small.txt");
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

    ArchiveReader.Members members = reader.read(IngestSource.ofBytes("many.zip", zip(files)));

    assertThat(members.failureReason()).contains("more than 5 files");
    assertThat(members.sources()).isEmpty();
  }

  @Test
  void unpackingFarBeyondTheArchivesSizeIsAZipBomb() throws IOException {
    // 9,000 zero bytes compress to a few dozen; three unpack to more than 20 x the archive (or 1 KB).
    byte[] zip = zip(Map.of("zeros1.txt", new byte[9_000], "zeros2.txt", new byte[9_000], "zeros3.txt", new byte[9_000]));
    assertThat(zip.length).isLessThan(1024);

    ArchiveReader.Members members = reader.read(IngestSource.ofBytes("bomb.zip", zip));

    assertThat(members.failureReason()).contains("unpacks to more than 20 times its size");
  }

  @Test
  void anArchiveOverTheSizeLimitIsNotOpened() throws IOException {
    byte[] zip = zip(Map.of("noise.bin", random((int) MAX_FILE * 2)));

    assertThat(reader.read(IngestSource.ofBytes("huge.zip", zip)).failureReason())
        .contains("archive is larger than the limit");
  }

  @Test
  void anEncryptedMemberIsRejectedWithItsReason() throws IOException {
    // Stored with sizes in the local headers, as encrypting tools write them.
    byte[] zip = storedZip(Map.of("open.txt", text("علني"), "secret.txt", text("سري")));
    // Set the "encrypted" flag (bit 0 of the general purpose flags) in secret.txt's local header.
    int header = indexOf(zip, "secret.txt".getBytes(StandardCharsets.US_ASCII)) - 30;
    assertThat(zip[header]).isEqualTo((byte) 0x50);
    zip[header + 6] |= 1;

    ArchiveReader.Members members = reader.read(IngestSource.ofBytes("locked.zip", zip));

    assertThat(members.rejected()).extracting(ArchiveReader.Rejected::fileName).containsExactly("locked.zip/secret.txt");
    assertThat(members.rejected().get(0).reason()).contains("encrypted");
    assertThat(members.sources()).extracting(IngestSource::fileName).containsExactly("locked.zip/open.txt");
  }

  /** Every file gets an outcome: a ".zip" that is no archive, or holds no file, fails with a reason. */
  @Test
  void aZipWithNothingToReadFails() throws IOException {
    assertThat(reader.read(IngestSource.ofBytes("fake.zip", text("ليس أرشيفا"))).failureReason()).isNotNull();
    assertThat(reader.read(IngestSource.ofBytes("empty.zip", zip(Map.of("folder/", new byte[0])))).failureReason())
        .isNotNull();
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

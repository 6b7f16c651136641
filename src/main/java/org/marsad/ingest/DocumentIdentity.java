package org.marsad.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * A document's id, derived from its content: the same article again (re-uploaded, converted to
 * another format, re-encoded) gets the same id and is a duplicate, not a second copy.
 *
 * <p>The text is NFKC-normalised and its white space folded before hashing, so line wrapping and
 * presentation forms do not make a new document. Stateless and thread safe.
 */
public final class DocumentIdentity {

  /** 96 bits of SHA-256: collisions are out of reach for any realistic archive, and ids stay short. */
  private static final int ID_BYTES = 12;

  public String idOf(ExtractedDocument document) {
    byte[] hash = digest(canonical(document));
    return HexFormat.of().formatHex(hash, 0, ID_BYTES);
  }

  /** Hash of the whole canonical text, stored for audits and exact-duplicate checks. */
  public String contentHash(ExtractedDocument document) {
    return HexFormat.of().formatHex(digest(canonical(document)));
  }

  private static String canonical(ExtractedDocument document) {
    String text = Normalizer.normalize(document.mainText(), Normalizer.Form.NFKC);
    return text.replaceAll("\\s+", " ").strip();
  }

  private static byte[] digest(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}

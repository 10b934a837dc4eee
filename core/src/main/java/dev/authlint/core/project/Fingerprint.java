package dev.authlint.core.project;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/** A short digest of a text: equal for equal texts, different, in practice, for any other. */
public final class Fingerprint {
  private Fingerprint() {}

  /**
   * The first 128 bits of the text's SHA-256, in hex: stable across versions, as findings'
   * fingerprints in baselines must be.
   */
  public static String of(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /**
   * A cheaper digest for the result cache, which digests every file a run reads: two checksums of
   * the text's UTF-8 bytes (CRC-32C and CRC-32, 64 bits together, which the JVM computes with
   * processor instructions from the start) and their count, in hex. Unlike {@link #of}, nothing
   * here guards against crafted collisions, which a cache of one's own files does not need; and it
   * may change between versions, which start a new cache anyway.
   */
  public static String forCache(String text) {
    return forCache(text.getBytes(StandardCharsets.UTF_8));
  }

  /** {@link #forCache(String)} of bytes as they are, such as a file's. */
  public static String forCache(byte[] bytes) {
    CRC32C castagnoli = new CRC32C();
    castagnoli.update(bytes);
    CRC32 ieee = new CRC32();
    ieee.update(bytes);
    HexFormat hex = HexFormat.of();
    return hex.toHexDigits((int) castagnoli.getValue())
        + hex.toHexDigits((int) ieee.getValue())
        + Integer.toHexString(bytes.length);
  }
}

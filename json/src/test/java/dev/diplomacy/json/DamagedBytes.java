package dev.diplomacy.json;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/** Bytes damaged at random, as a file is by a bad copy or a careless hand: for tests of readers. */
public final class DamagedBytes {

  /** What a replaced byte may become, besides a byte that cannot start UTF-8. */
  private static final byte[] PALETTE =
      "\"{}[]:,\n\r\\ x0-e.\t".getBytes(StandardCharsets.ISO_8859_1);

  private DamagedBytes() {}

  /** {@code bytes} with {@code count} random bytes replaced, removed or doubled. */
  public static byte[] of(byte[] bytes, long seed, int count) {
    Random random = new Random(seed);
    byte[] out = bytes;
    for (int i = 0; i < count && out.length > 0; i++) {
      int at = random.nextInt(out.length);
      switch (random.nextInt(4)) {
        case 0 -> {
          out = out.clone();
          out[at] = PALETTE[random.nextInt(PALETTE.length)];
        }
        case 1 -> {
          out = out.clone();
          out[at] = (byte) (0x80 + random.nextInt(0x80));
        }
        case 2 -> {
          byte[] shorter = new byte[out.length - 1];
          System.arraycopy(out, 0, shorter, 0, at);
          System.arraycopy(out, at + 1, shorter, at, out.length - at - 1);
          out = shorter;
        }
        default -> {
          int end = Math.min(out.length, at + 1 + random.nextInt(40));
          byte[] longer = Arrays.copyOf(out, out.length + end - at);
          System.arraycopy(out, at, longer, end, out.length - at);
          out = longer;
        }
      }
    }
    return out;
  }
}

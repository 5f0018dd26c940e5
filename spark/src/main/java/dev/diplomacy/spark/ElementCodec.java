package dev.diplomacy.spark;

import dev.diplomacy.core.dossier.DossierElement;
import dev.diplomacy.json.format.Mode;
import org.apache.spark.sql.catalyst.encoders.Codec;

/**
 * An element as the bytes of its NDJSON line (UTF-8, with its {@code "type"}, no line end): the
 * library's own format, read back strictly and so validated. What {@link LibraryEncoders} stores.
 */
final class ElementCodec implements Codec<DossierElement, byte[]> {

  private static final long serialVersionUID = 1L;

  @Override
  public byte[] encode(DossierElement element) {
    try {
      return Jsons.of(Mode.STRICT)
          .mapper()
          .writerFor(DossierElement.class)
          .writeValueAsBytes(element);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "element " + element.id() + " cannot be written as the library's JSON: " + e.getMessage(),
          e);
    }
  }

  @Override
  public DossierElement decode(byte[] bytes) {
    return Jsons.of(Mode.STRICT).read(bytes, DossierElement.class);
  }
}

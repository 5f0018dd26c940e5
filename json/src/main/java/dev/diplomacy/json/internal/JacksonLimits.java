package dev.diplomacy.json.internal;

import dev.diplomacy.json.format.JsonLimits;
import tools.jackson.core.StreamReadConstraints;

/**
 * The {@link JsonLimits} as Jackson's constraints on reading: the one mapping, for the library's
 * own mapper and for the parsers of the formats read as trees of values (PLOVER), so that a limit
 * added to one is added to both.
 */
public final class JacksonLimits {

  private JacksonLimits() {}

  /**
   * Jackson's constraints for {@code limits} on what one value holds: how deep it nests, how long
   * its strings, numbers and names are. The length of the whole input is not set here: the caller
   * sets it where the input is one document ({@link JsonLimits#maxDocumentLength()}).
   */
  public static StreamReadConstraints.Builder readConstraints(JsonLimits limits) {
    return StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxNestingDepth())
        .maxStringLength(limits.maxStringLength())
        .maxNumberLength(limits.maxNumberLength())
        .maxNameLength(limits.maxNameLength());
  }
}

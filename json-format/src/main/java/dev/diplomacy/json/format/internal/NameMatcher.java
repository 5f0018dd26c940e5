package dev.diplomacy.json.format.internal;

import java.util.List;

/**
 * The property names of an object type, in order, that a {@link TokenReader} matches a name against
 * as it reads it ({@link TokenReader#nextNameMatch}), each binding in the fastest way its Jackson
 * has ({@link BindingCache}).
 */
public final class NameMatcher extends BindingCache {

  /** What {@link TokenReader#nextNameMatch} gives at the end of the object. */
  public static final int MATCH_END_OBJECT = -1;

  /** What {@link TokenReader#nextNameMatch} gives for a name that is none of these. */
  public static final int MATCH_UNKNOWN_NAME = -2;

  private final List<String> names;

  NameMatcher(List<String> names) {
    this.names = List.copyOf(names);
  }

  /** The names, each matched by its index. */
  public List<String> names() {
    return names;
  }
}

package dev.diplomacy.json.format.internal;

/**
 * The layout of JSON written for people, which both bindings give their Jackson's pretty printer:
 * each property and array element on a line of its own, indented by {@link #INDENT} per level,
 * lines ended by {@link #LINE_END} whatever the platform, {@code "name": value}, and {@code {}} and
 * {@code []} for an empty object and array. Where the separators go is the generator's work, not
 * the codecs': the codecs write the same tokens compact or pretty.
 */
public final class PrettyLayout {

  /** The indentation of one level. */
  public static final String INDENT = "  ";

  /** What ends a line. */
  public static final String LINE_END = "\n";

  private PrettyLayout() {}
}

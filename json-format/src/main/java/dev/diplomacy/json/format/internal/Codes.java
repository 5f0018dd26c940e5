package dev.diplomacy.json.format.internal;

/** The stable codes of the problems the JSON binding itself finds. FORMAT.md documents each. */
public final class Codes {

  /** Not JSON: a malformed token, a truncated document, an empty document, a byte-order mark. */
  public static final String SYNTAX = "json.syntax";

  /** The wrong kind of JSON value: a number for a string, an array for an object, a null. */
  public static final String TYPE = "json.type";

  /** A required property is missing. */
  static final String REQUIRED = "json.required";

  /** A property the object does not have, and cannot keep as an extension. */
  public static final String UNKNOWN_PROPERTY = "json.unknownProperty";

  /** A {@code "type"} that is not one of the closed list of names. */
  static final String UNKNOWN_TYPE = "json.unknownType";

  /** Beyond one of the {@link dev.diplomacy.json.format.JsonLimits}. */
  public static final String LIMIT = "json.limit";

  /** The same property twice in one object. */
  public static final String DUPLICATE_KEY = "json.duplicateKey";

  /** Something after the document's value. */
  public static final String TRAILING = "json.trailing";

  /** The same value twice in an array that holds a set. */
  static final String DUPLICATE_ITEM = "json.duplicateItem";

  /** A dossier of a major format version this library does not read. */
  static final String FORMAT_VERSION = "json.formatVersion";

  /** An empty array or object where the format omits the property instead. */
  static final String EMPTY = "json.empty";

  /**
   * A value of the right JSON type in a form the format does not accept: a lone surrogate in an
   * extension's text (in the model's text it is the core's {@code text.unicode}), a country code
   * that is not the canonical one, a time that is not canonical, a number out of range.
   */
  static final String FORMAT = "json.format";

  /** On writing: an extension whose name is a property of the object that carries it. */
  static final String EXTENSION_CONFLICT = "json.extensionConflict";

  /**
   * The header line of a dossier's NDJSON ({@code "type": "dossier"}) after another line that is
   * not blank: it may only be the first.
   */
  static final String NDJSON_HEADER_NOT_FIRST = "ndjson.header.notFirst";

  /** A second header line in a dossier's NDJSON. */
  static final String NDJSON_HEADER_DUPLICATE = "ndjson.header.duplicate";

  /** A value the library refused for a reason without a code of its own. */
  public static final String INVALID = "json.invalid";

  private Codes() {}
}

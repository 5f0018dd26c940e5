package dev.diplomacy.json.internal;

import dev.diplomacy.json.format.internal.BindingCache;
import dev.diplomacy.json.format.internal.JsonToken;
import dev.diplomacy.json.format.internal.Locations;
import dev.diplomacy.json.format.internal.NameMatcher;
import dev.diplomacy.json.format.internal.TokenReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;
import tools.jackson.databind.util.TokenBuffer;

/** The format's tokens read by a Jackson 3 parser: the Jackson 3 binding's {@link TokenReader}. */
public final class JacksonTokenReader implements TokenReader {

  /** Jackson's tokens, by ordinal, as the format's; null for those JSON text never has. */
  private static final @Nullable JsonToken[] TOKENS = tokens();

  /**
   * The factory whose name matchers suit the parsers of every mapper of the library: all are
   * JSON's.
   */
  private static final JsonFactory NAME_MATCHERS = new JsonFactory();

  /** The name matcher Jackson makes of a {@link NameMatcher}'s names, once. */
  private static final Function<BindingCache, PropertyNameMatcher> MATCHER =
      names ->
          NAME_MATCHERS.constructNameMatcher(
              ((NameMatcher) names)
                  .names().stream().map(Named::fromString).collect(Collectors.toList()),
              false);

  private final JsonParser parser;

  /** The tokens {@code parser} reads. */
  public JacksonTokenReader(JsonParser parser) {
    this.parser = parser;
  }

  private static @Nullable JsonToken[] tokens() {
    tools.jackson.core.JsonToken[] jackson = tools.jackson.core.JsonToken.values();
    JsonToken[] out = new JsonToken[jackson.length];
    for (tools.jackson.core.JsonToken t : jackson) {
      for (JsonToken ours : JsonToken.values()) {
        if (ours.name().equals(t.name())) {
          out[t.ordinal()] = ours;
        }
      }
    }
    return out;
  }

  /** Jackson's token {@code t} as the format's; null for none, or one JSON text never has. */
  static @Nullable JsonToken token(tools.jackson.core.@Nullable JsonToken t) {
    return t == null ? null : TOKENS[t.ordinal()];
  }

  @Override
  public @Nullable JsonToken currentToken() {
    return token(parser.currentToken());
  }

  @Override
  public @Nullable JsonToken nextToken() {
    return token(parser.nextToken());
  }

  @Override
  public @Nullable String nextName() {
    return parser.nextName();
  }

  @Override
  public int nextNameMatch(NameMatcher matcher) {
    // The format's MATCH_ constants are Jackson 3's own.
    return parser.nextNameMatch(matcher.prepared(BindingCache.JACKSON_3, MATCHER));
  }

  @Override
  public String currentName() {
    return parser.currentName();
  }

  @Override
  public String getString() {
    return parser.getString();
  }

  @Override
  public double getDoubleValue() {
    return parser.getDoubleValue();
  }

  @Override
  public long getLongValue() {
    return parser.getLongValue();
  }

  @Override
  public boolean isBigInteger() {
    return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER;
  }

  @Override
  public BigInteger getBigIntegerValue() {
    return parser.getBigIntegerValue();
  }

  @Override
  public BigDecimal getDecimalValue() {
    return parser.getDecimalValue();
  }

  @Override
  public void skipChildren() {
    parser.skipChildren();
  }

  @Override
  public String pointer() {
    return parser.streamReadContext().pathAsPointer().toString();
  }

  @Override
  public long currentTokenLocation() {
    return location(parser.currentTokenLocation());
  }

  /** {@code location} as the format's ({@link Locations}). */
  public static long location(@Nullable TokenStreamLocation location) {
    return location == null
        ? Locations.UNKNOWN
        : Locations.of(location.getLineNr(), location.getColumnNr());
  }

  @Override
  public ObjectBuffer bufferObject() {
    TokenBuffer buffer = TokenBuffer.forGeneration();
    buffer.writeStartObject();
    return new ObjectBuffer() {
      @Override
      public void copyMember() {
        buffer.copyCurrentStructure(parser);
      }

      @Override
      public TokenReader reader() {
        buffer.writeEndObject();
        return new JacksonTokenReader(buffer.asParser(parser.objectReadContext()));
      }
    };
  }
}

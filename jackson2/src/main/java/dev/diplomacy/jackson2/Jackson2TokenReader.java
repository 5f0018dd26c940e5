package dev.diplomacy.jackson2;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.diplomacy.json.format.internal.BindingCache;
import dev.diplomacy.json.format.internal.JsonToken;
import dev.diplomacy.json.format.internal.Locations;
import dev.diplomacy.json.format.internal.NameMatcher;
import dev.diplomacy.json.format.internal.TokenReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The format's tokens read by a Jackson 2 parser: the Jackson 2 binding's {@link TokenReader}. */
final class Jackson2TokenReader implements TokenReader {

  /** Jackson's tokens, by ordinal, as the format's; null for those JSON text never has. */
  private static final @Nullable JsonToken[] TOKENS = tokens();

  /** A matcher's names by their index, made once per matcher. */
  private static final Function<BindingCache, Map<String, Integer>> INDEX =
      matcher -> {
        List<String> names = ((NameMatcher) matcher).names();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
          index.put(names.get(i), i);
        }
        return index;
      };

  private final JsonParser parser;

  Jackson2TokenReader(JsonParser parser) {
    this.parser = parser;
  }

  private static @Nullable JsonToken[] tokens() {
    com.fasterxml.jackson.core.JsonToken[] jackson = com.fasterxml.jackson.core.JsonToken.values();
    JsonToken[] out = new JsonToken[jackson.length];
    for (com.fasterxml.jackson.core.JsonToken t : jackson) {
      String name =
          t == com.fasterxml.jackson.core.JsonToken.FIELD_NAME ? "PROPERTY_NAME" : t.name();
      for (JsonToken ours : JsonToken.values()) {
        if (ours.name().equals(name)) {
          out[t.ordinal()] = ours;
        }
      }
    }
    return out;
  }

  private static @Nullable JsonToken token(com.fasterxml.jackson.core.@Nullable JsonToken t) {
    return t == null ? null : TOKENS[t.ordinal()];
  }

  @Override
  public @Nullable JsonToken currentToken() {
    return token(parser.currentToken());
  }

  @Override
  public @Nullable JsonToken nextToken() {
    try {
      return token(parser.nextToken());
    } catch (IOException e) {
      throw new Jackson2Failure(e);
    }
  }

  @Override
  public @Nullable String nextName() {
    try {
      return parser.nextFieldName();
    } catch (IOException e) {
      throw new Jackson2Failure(e);
    }
  }

  @Override
  public int nextNameMatch(NameMatcher matcher) {
    String name = nextName();
    if (name == null) {
      return NameMatcher.MATCH_END_OBJECT;
    }
    Integer index = matcher.prepared(BindingCache.JACKSON_2, INDEX).get(name);
    return index != null ? index : NameMatcher.MATCH_UNKNOWN_NAME;
  }

  @Override
  public String currentName() {
    try {
      return parser.currentName();
    } catch (IOException e) {
      throw new Jackson2Failure(e);
    }
  }

  @Override
  public String getString() {
    try {
      return parser.getText();
    } catch (IOException e) {
      throw new Jackson2Failure(e);
    }
  }

  @Override
  public double getDoubleValue() {
    try {
      return parser.getDoubleValue();
    } catch (IOException e) {
      throw new Jackson2Failure(e);
    }
  }

  @Override
  public long getLongValue() {
    try {
      return parser.getLongValue();
    } catch (IOException e) {
      throw new Jackson2Failure(e);
    }
  }

  @Override
  public boolean isBigInteger() {
    try {
      return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER;
    } catch (IOException e) {
      throw new Jackson2Failure(e);
    }
  }

  @Override
  public BigInteger getBigIntegerValue() {
    try {
      return parser.getBigIntegerValue();
    } catch (IOException e) {
      throw new Jackson2Failure(e);
    }
  }

  @Override
  public BigDecimal getDecimalValue() {
    try {
      return parser.getDecimalValue();
    } catch (IOException e) {
      throw new Jackson2Failure(e);
    }
  }

  @Override
  public void skipChildren() {
    try {
      parser.skipChildren();
    } catch (IOException e) {
      throw new Jackson2Failure(e);
    }
  }

  @Override
  public String pointer() {
    return parser.getParsingContext().pathAsPointer().toString();
  }

  @Override
  public long currentTokenLocation() {
    return location(parser.currentTokenLocation());
  }

  /** {@code location} as the format's ({@link Locations}). */
  static long location(@Nullable JsonLocation location) {
    return location == null
        ? Locations.UNKNOWN
        : Locations.of(location.getLineNr(), location.getColumnNr());
  }

  @Override
  public ObjectBuffer bufferObject() {
    TokenBuffer buffer = new TokenBuffer(parser);
    try {
      buffer.writeStartObject();
    } catch (IOException e) {
      throw new Jackson2Failure(e);
    }
    return new ObjectBuffer() {
      @Override
      public void copyMember() {
        try {
          buffer.copyCurrentStructure(parser);
        } catch (IOException e) {
          throw new Jackson2Failure(e);
        }
      }

      @Override
      public TokenReader reader() {
        try {
          buffer.writeEndObject();
        } catch (IOException e) {
          throw new Jackson2Failure(e);
        }
        return new Jackson2TokenReader(buffer.asParser(parser));
      }
    };
  }
}

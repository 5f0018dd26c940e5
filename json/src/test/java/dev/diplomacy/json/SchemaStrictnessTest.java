package dev.diplomacy.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two rules of ajv's strict mode (ajv 8, draft 2020-12), held here so that the schema keeps them as
 * it grows; {@code .ci/run} also compiles it with ajv itself when Node.js and ajv are at hand.
 *
 * <ul>
 *   <li>{@code strictRequired}: every property a schema object requires is a key of that object's
 *       own {@code properties}. A branch of {@code anyOf} that requires {@code host} says {@code
 *       "properties": { "host": true }}: ajv compiles a branch before its parent's {@code
 *       properties}, so a property defined only there counts as undefined in the branch.
 *   <li>{@code strictTypes}: a keyword of one type of value ({@code properties}, {@code pattern},
 *       {@code items}, ...) stands in a schema object that names that type, or in a branch of one
 *       ({@code anyOf}, {@code oneOf}, {@code allOf}, {@code not}, {@code if}, {@code then}, {@code
 *       else}, {@code dependentSchemas}) that does.
 * </ul>
 */
class SchemaStrictnessTest {

  private static final Map<String, Set<String>> TYPED_KEYWORDS =
      Map.of(
          "object",
          Set.of(
              "properties",
              "required",
              "unevaluatedProperties",
              "additionalProperties",
              "patternProperties",
              "dependentRequired",
              "dependentSchemas",
              "propertyNames",
              "minProperties",
              "maxProperties"),
          "string",
          Set.of("pattern", "minLength", "maxLength"),
          "array",
          Set.of("items", "prefixItems", "minItems", "maxItems", "uniqueItems", "contains"),
          "number",
          Set.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"));

  /** Keywords whose subschemas apply to the same value as the schema that holds them. */
  private static final Set<String> SAME_VALUE = Set.of("allOf", "anyOf", "oneOf");

  private static final Set<String> SAME_VALUE_ONE = Set.of("not", "if", "then", "else");

  /** Keywords whose subschemas apply to other values (properties, items). */
  private static final Set<String> OTHER_VALUE_MAPS =
      Set.of("properties", "patternProperties", "$defs");

  private static final Set<String> OTHER_VALUE_ONE =
      Set.of("items", "additionalProperties", "unevaluatedProperties", "contains");

  @Test
  void everyRequiredPropertyIsDefinedInTheSameSchemaObject() throws IOException {
    assertThat(undefinedRequired(schema())).isEmpty();
  }

  @Test
  void everyKeywordOfATypeStandsWhereThatTypeIsNamed() throws IOException {
    assertThat(untypedKeywords(schema())).isEmpty();
  }

  /** The rules find what ajv found in the schema before they held. */
  @Test
  void theRulesFindWhatAjvFound() {
    JsonMapper mapper = JsonMapper.builder().build();
    JsonNode branch =
        mapper.readTree(
            "{\"type\":\"object\",\"properties\":{\"host\":{\"type\":\"string\"}},"
                + "\"anyOf\":[{\"required\":[\"host\"]},"
                + "{\"properties\":{\"host\":true},\"required\":[\"host\"]}]}");
    assertThat(undefinedRequired(branch))
        .containsExactly("#/anyOf/0 requires \"host\", not in its properties");
    assertThat(untypedKeywords(branch)).isEmpty();
    JsonNode untyped =
        mapper.readTree(
            "{\"type\":\"object\",\"dependentSchemas\":{\"time\":{\"properties\":"
                + "{\"date\":{\"pattern\":\"^[0-9]+$\"}}}},\"$defs\":{\"x\":{\"$ref\":\"#\","
                + "\"unevaluatedProperties\":false}}}");
    assertThat(untypedKeywords(untyped))
        .containsExactlyInAnyOrder(
            "#/dependentSchemas/time/properties/date has pattern without \"type\": \"string\"",
            "#/$defs/x has unevaluatedProperties without \"type\": \"object\"");
  }

  /** Each schema object that requires a property its own {@code properties} lacks. */
  static List<String> undefinedRequired(JsonNode schema) {
    List<String> undefined = new ArrayList<>();
    walk(
        schema,
        "#",
        List.of(),
        (node, path, types) -> {
          JsonNode properties = node.path("properties");
          for (JsonNode name : node.path("required")) {
            if (!properties.has(name.asString())) {
              undefined.add(path + " requires \"" + name.asString() + "\", not in its properties");
            }
          }
        });
    return undefined;
  }

  /** Each keyword of a type of value that stands where no schema of the value names the type. */
  static List<String> untypedKeywords(JsonNode schema) {
    List<String> untyped = new ArrayList<>();
    walk(
        schema,
        "#",
        List.of(),
        (node, path, above) -> {
          for (Map.Entry<String, Set<String>> typed : TYPED_KEYWORDS.entrySet()) {
            for (String keyword : typed.getValue()) {
              if (node.has(keyword) && !names(above, node, typed.getKey())) {
                untyped.add(
                    path + " has " + keyword + " without \"type\": \"" + typed.getKey() + "\"");
              }
            }
          }
        });
    return untyped;
  }

  /** Whether {@code node} or a schema of the same value above it names {@code type}. */
  private static boolean names(List<JsonNode> above, JsonNode node, String type) {
    if (namesType(node, type)) {
      return true;
    }
    return above.stream().anyMatch(n -> namesType(n, type));
  }

  private static boolean namesType(JsonNode node, String type) {
    JsonNode t = node.path("type");
    if (t.isArray()) {
      for (JsonNode each : t) {
        if (each.asString().equals(type)
            || (type.equals("number") && each.asString().equals("integer"))) {
          return true;
        }
      }
      return false;
    }
    return t.isString()
        && (t.asString().equals(type) || (type.equals("number") && t.asString().equals("integer")));
  }

  /** What every property name is. */
  private static final JsonNode NAMES =
      JsonMapper.builder().build().readTree("{\"type\":\"string\"}");

  private interface Visitor {
    void visit(JsonNode node, String path, List<JsonNode> sameValueAbove);
  }

  /** Visits every schema object under {@code node}, with the schemas of the same value above it. */
  private static void walk(JsonNode node, String path, List<JsonNode> above, Visitor visitor) {
    if (!node.isObject()) {
      return;
    }
    visitor.visit(node, path, above);
    List<JsonNode> withThis = new ArrayList<>(above);
    withThis.add(node);
    for (String key : node.propertyNames()) {
      JsonNode value = node.get(key);
      String at = path + "/" + key;
      if (SAME_VALUE.contains(key)) {
        for (int i = 0; i < value.size(); i++) {
          walk(value.get(i), at + "/" + i, withThis, visitor);
        }
      } else if (SAME_VALUE_ONE.contains(key)) {
        walk(value, at, withThis, visitor);
      } else if (key.equals("dependentSchemas")) {
        for (String name : value.propertyNames()) {
          walk(value.get(name), at + "/" + name, withThis, visitor);
        }
      } else if (OTHER_VALUE_MAPS.contains(key)) {
        for (String name : value.propertyNames()) {
          walk(value.get(name), at + "/" + name, List.of(), visitor);
        }
      } else if (OTHER_VALUE_ONE.contains(key)) {
        walk(value, at, List.of(), visitor);
      } else if (key.equals("propertyNames")) {
        walk(value, at, List.of(NAMES), visitor); // property names are strings
      } else if (key.equals("prefixItems")) {
        for (int i = 0; i < value.size(); i++) {
          walk(value.get(i), at + "/" + i, List.of(), visitor);
        }
      }
    }
  }

  private static JsonNode schema() throws IOException {
    try (InputStream in =
        SchemaStrictnessTest.class
            .getClassLoader()
            .getResourceAsStream(SchemaAgreementTest.RESOURCE)) {
      return JsonMapper.builder().build().readTree(in);
    }
  }
}

package dev.diplomacy.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Golden files: the JSON of a value as it must be written, committed under {@code
 * src/test/resources/golden/}, so that a change of the format fails a test. Documents are compared
 * as JSON trees. Run the tests with {@code -Ddiplomacy.golden.update=true} to write the files anew
 * after an intended change, then review the difference.
 */
public final class Golden {

  private static final JsonMapper PRETTY =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private Golden() {}

  /**
   * Checks that {@code value} is written as the golden file {@code name} says, and that the file
   * reads back as {@code value}, in both modes.
   */
  static <T> void check(String name, T value, Class<? super T> type) {
    String golden = written(name, value);
    assertThat(DiplomacyJson.strict().read(golden, type)).as("%s read back", name).isEqualTo(value);
    assertThat(DiplomacyJson.lenient().read(golden, type))
        .as("%s read back leniently", name)
        .isEqualTo(value);
  }

  /**
   * Checks that {@code value} is written as the golden file {@code name} says, and gives the file's
   * text.
   */
  static String written(String name, Object value) {
    String written = DiplomacyJson.strict().write(value);
    String golden =
        Boolean.getBoolean("diplomacy.golden.update") ? update(name, written) : text(name);
    assertThat(CodecHarness.tree(written))
        .as("the JSON of " + name)
        .isEqualTo(CodecHarness.tree(golden));
    return golden;
  }

  /** The text of the golden file {@code name}. */
  public static String text(String name) {
    try (InputStream in = Golden.class.getResourceAsStream("/golden/" + name)) {
      assertThat(in).as("the golden file " + name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String update(String name, String json) {
    String pretty =
        PRETTY.writerWithDefaultPrettyPrinter().writeValueAsString(CodecHarness.tree(json)) + "\n";
    try {
      Files.writeString(Path.of("src/test/resources/golden", name), pretty, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pretty;
  }
}

package dev.diplomacy.json;

import static dev.diplomacy.json.CodecHarness.at;
import static dev.diplomacy.json.CodecHarness.pointersAndCodes;
import static dev.diplomacy.json.CodecHarness.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.geography.Place;
import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.json.format.DiplomacyJsonException;
import dev.diplomacy.json.format.JsonLimits;
import dev.diplomacy.json.format.Mode;
import dev.diplomacy.json.format.Problem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;

class DiplomacyJsonTest {

  private static final DiplomacyJson JSON = DiplomacyJson.strict();
  private static final Place HAVANA = Place.of("Havana", Country.of("CU"));
  private static final String HAVANA_JSON = "{\"country\":\"CU\",\"locality\":\"Havana\"}";

  @Test
  void readsFromEverySource() {
    byte[] bytes = HAVANA_JSON.getBytes(StandardCharsets.UTF_8);
    assertThat(JSON.read(HAVANA_JSON, Place.class)).isEqualTo(HAVANA);
    assertThat(JSON.read(bytes, Place.class)).isEqualTo(HAVANA);
    assertThat(JSON.read(new ByteArrayInputStream(bytes), Place.class)).isEqualTo(HAVANA);
    assertThat(JSON.read(new StringReader(HAVANA_JSON), Place.class)).isEqualTo(HAVANA);
  }

  @Test
  void writesToEveryTarget() {
    assertThat(JSON.write(HAVANA)).isEqualTo(HAVANA_JSON);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JSON.write(HAVANA, bytes);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(HAVANA_JSON);
    StringWriter text = new StringWriter();
    JSON.write(HAVANA, text);
    assertThat(text).hasToString(HAVANA_JSON);
  }

  @Test
  void leavesStreamsOpen() {
    boolean[] closed = new boolean[2];
    InputStream in =
        new ByteArrayInputStream(HAVANA_JSON.getBytes(StandardCharsets.UTF_8)) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    OutputStream out =
        new ByteArrayOutputStream() {
          @Override
          public void close() {
            closed[1] = true;
          }
        };
    JSON.read(in, Place.class);
    JSON.write(HAVANA, out);
    assertThat(closed).containsExactly(false, false);
  }

  @Test
  void refusesByteOrderMarksFromEverySource() {
    String bom = "\uFEFF" + HAVANA_JSON;
    byte[] utf8 = bom.getBytes(StandardCharsets.UTF_8);
    byte[] utf16 = bom.getBytes(StandardCharsets.UTF_16BE);
    byte[] utf16le = bom.getBytes(StandardCharsets.UTF_16LE);
    List<Problem> problems = problems(() -> JSON.read(bom, Place.class));
    assertThat(problems)
        .extracting(Problem::pointer, Problem::code)
        .containsExactly(at("", "json.syntax"));
    assertThat(problems.get(0).message()).contains("byte-order mark");
    assertThat(problems.get(0).line()).isEqualTo(OptionalInt.of(1));
    assertThat(pointersAndCodes(() -> JSON.read(utf8, Place.class)))
        .containsExactly(at("", "json.syntax"));
    assertThat(pointersAndCodes(() -> JSON.read(utf16, Place.class)))
        .containsExactly(at("", "json.syntax"));
    assertThat(pointersAndCodes(() -> JSON.read(utf16le, Place.class)))
        .containsExactly(at("", "json.syntax"));
    assertThat(pointersAndCodes(() -> JSON.read(new ByteArrayInputStream(utf8), Place.class)))
        .containsExactly(at("", "json.syntax"));
    assertThat(pointersAndCodes(() -> JSON.read(new StringReader(bom), Place.class)))
        .containsExactly(at("", "json.syntax"));
  }

  @Test
  void refusesEmptyAndNullDocuments() {
    assertThat(pointersAndCodes(() -> JSON.read("", Place.class)))
        .containsExactly(at("", "json.syntax"));
    assertThat(pointersAndCodes(() -> JSON.read(" \n ", Place.class)))
        .containsExactly(at("", "json.syntax"));
    assertThat(pointersAndCodes(() -> JSON.read(new byte[0], Place.class)))
        .containsExactly(at("", "json.syntax"));
    assertThat(pointersAndCodes(() -> JSON.read("null", Place.class)))
        .containsExactly(at("", "json.type"));
  }

  @Test
  void reportsSyntaxErrorsWithLineAndColumn() {
    List<Problem> problems =
        problems(() -> JSON.read("{\"country\":\"CU\",\n \"locality\": Havana}", Place.class));
    assertThat(problems)
        .extracting(Problem::pointer, Problem::code)
        .containsExactly(at("/locality", "json.syntax"));
    assertThat(problems.get(0).line()).isEqualTo(OptionalInt.of(2));
    assertThat(problems.get(0).column()).isPresent();
    // A truncated document fails where it ends: after the last property read.
    assertThat(pointersAndCodes(() -> JSON.read("{\"country\":\"CU\"", Place.class)))
        .containsExactly(at("/country", "json.syntax"));
    assertThat(pointersAndCodes(() -> JSON.read("{'country':'CU'}", Place.class)))
        .containsExactly(at("", "json.syntax"));
    assertThat(pointersAndCodes(() -> JSON.read("{\"country\":\"CU\",}", Place.class)))
        .containsExactly(at("/country", "json.syntax"));
  }

  @Test
  void keepsTheProblemsFoundBeforeASyntaxError() {
    assertThat(
            pointersAndCodes(
                () -> JSON.read("{\"country\":\"XX\",\"locality\":7,\"venue\":", Place.class)))
        .containsExactly(
            at("/country", "country.unknown"),
            at("/locality", "json.type"),
            at("/venue", "json.syntax"));
  }

  @Test
  void refusesWhatFollowsTheValue() {
    for (String trailing : new String[] {" x", " {}", "}", ",", " null", "\n\"a\""}) {
      List<Problem> problems = problems(() -> JSON.read(HAVANA_JSON + trailing, Place.class));
      assertThat(problems)
          .extracting(Problem::pointer, Problem::code)
          .as(trailing)
          .containsExactly(at("", "json.trailing"));
      assertThat(problems.get(0).column()).isPresent();
    }
    assertThat(JSON.read(HAVANA_JSON + " \n\t ", Place.class)).isEqualTo(HAVANA);
  }

  @Test
  void refusesDuplicateKeys() {
    assertThat(
            pointersAndCodes(
                () -> JSON.read("{\"country\":\"CU\",\"country\":\"KP\"}", Place.class)))
        .containsExactly(at("/country", "json.duplicateKey"));
  }

  @Test
  void refusesDuplicateKeysOfPropertiesItDoesNotKeep() {
    // Strict mode refuses "foo" as unknown, and its second appearance as a duplicate too.
    String dossier = "{\"formatVersion\":\"1.0\",\"foo\":1,\"foo\":2}";
    assertThat(pointersAndCodes(() -> JSON.read(dossier, Dossier.class)))
        .containsExactly(at("/foo", "json.unknownProperty"), at("/foo", "json.duplicateKey"));
    assertThat(problems(() -> JSON.read(dossier, Dossier.class)).get(1).column())
        .hasValue(38); // the second value, as for any duplicate
    // Lenient mode keeps "foo" as an extension, and refuses a name no extension can have.
    assertThat(pointersAndCodes(() -> DiplomacyJson.lenient().read(dossier, Dossier.class)))
        .containsExactly(at("/foo", "json.duplicateKey"));
    String badName = "{\"country\":\"CU\",\"Acme:x\":1,\"Acme:x\":2}";
    assertThat(pointersAndCodes(() -> DiplomacyJson.lenient().read(badName, Place.class)))
        .containsExactly(at("/Acme:x", "json.unknownProperty"), at("/Acme:x", "json.duplicateKey"));
  }

  @Test
  void refusesToWriteTextThatIsNotUnicode() {
    // The model's own text cannot be built so (the core's rule text.unicode); an extension's can.
    Place bad =
        Place.builder()
            .name("Pyongyang")
            .putExtension("acme:note", ExtensionValue.of("Pyongyang \uD800"))
            .build();
    assertThat(pointersAndCodes(() -> JSON.write(bad)))
        .containsExactly(at("/acme:note", "json.format"));
    assertThat(pointersAndCodes(() -> JSON.write(bad, new ByteArrayOutputStream())))
        .containsExactly(at("/acme:note", "json.format"));
  }

  @Test
  void turnsStreamFailuresIntoUncheckedIoExceptions() {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk on fire");
          }
        };
    OutputStream failingOut =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("disk full");
          }
        };
    assertThatThrownBy(() -> JSON.read(failing, Place.class))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("disk on fire");
    assertThatThrownBy(() -> JSON.write(HAVANA, failingOut))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("disk full");
  }

  @Test
  void exceptionsCarryNoJacksonType() {
    Throwable e =
        org.assertj.core.api.Assertions.catchThrowable(
            () -> JSON.read("{\"country\":\"CU\",", Place.class));
    assertThat(e).isInstanceOf(DiplomacyJsonException.class).hasNoCause();
    assertThat(e.getMessage()).contains("json.syntax").doesNotContain("tools.jackson");
  }

  @Test
  void theMapperIsConfiguredSafely() {
    assertThat(JSON.mapper().isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION)).isTrue();
    assertThat(JSON.mapper().isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)).isTrue();
    assertThat(JSON.mapper().isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isTrue();
    assertThat(JSON.mapper().tokenStreamFactory().streamReadConstraints().getMaxNestingDepth())
        .isEqualTo(64);
    assertThat(JSON.mapper().registeredModules()).hasAtLeastOneElementOfType(DiplomacyModule.class);
  }

  @Test
  void strictAndLenientAreSharedInstances() {
    assertThat(DiplomacyJson.strict()).isSameAs(DiplomacyJson.strict());
    assertThat(DiplomacyJson.strict().mode()).isEqualTo(Mode.STRICT);
    assertThat(DiplomacyJson.lenient().mode()).isEqualTo(Mode.LENIENT);
    DiplomacyJson custom =
        DiplomacyJson.builder()
            .mode(Mode.LENIENT)
            .limits(JsonLimits.defaults().withMaxNestingDepth(8))
            .build();
    assertThat(custom.mode()).isEqualTo(Mode.LENIENT);
    assertThat(custom.limits().maxNestingDepth()).isEqualTo(8);
  }

  @Test
  void problemsPrintWhereAndWhat() {
    List<Problem> problems = problems(() -> JSON.read("{\"country\":\"XX\"}", Place.class));
    assertThat(problems.get(0))
        .hasToString(
            "/country (line 1, column 12): " + problems.get(0).message() + " [country.unknown]");
  }

  @Test
  void aValueBreakingMoreRulesThanTheCoreListsStopsTheReadingAsTruncated() {
    DiplomacyJson json =
        DiplomacyJson.builder().limits(JsonLimits.builder().maxProblems(1000).build()).build();
    StringBuilder doc =
        new StringBuilder(
            "{\"type\":\"meeting\",\"id\":\"m\",\"certainty\":\"reported\","
                + "\"participants\":[{\"actor\":\"a\",\"role\":\"participant\"}");
    for (int i = 0; i < 300; i++) {
      doc.append(",{\"actor\":\"b\",\"role\":\"participant\"}");
    }
    doc.append("]}");
    assertThatThrownBy(() -> json.read(doc.toString(), Event.class))
        .isInstanceOfSatisfying(
            DiplomacyJsonException.class,
            e -> {
              assertThat(e.problems()).hasSize(Checks.MAX_FINDINGS);
              assertThat(e.problems().get(0).pointer()).isEqualTo("/participants/2");
              assertThat(e.getMessage()).contains("reading stopped there");
            });
  }
}

package dev.diplomacy.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.diplomacy.core.dossier.DossierElement;
import dev.diplomacy.json.format.DiplomacyJsonException;
import dev.diplomacy.json.format.Mode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TypeScanTest {

  private static boolean mayBeActor(String line) {
    byte[] bytes = (line + "trailing bytes of Text's buffer").getBytes(StandardCharsets.UTF_8);
    return TypeScan.mayBeActor(bytes, line.getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void aLineThatBeginsWithItsTypeIsJudgedByThatType() {
    assertThat(mayBeActor("{\"type\":\"state\",\"id\":\"china\"}")).isTrue();
    assertThat(mayBeActor(" {\t\"type\" : \"person\",\"id\":\"p\"}")).isTrue();
    assertThat(mayBeActor("{\"type\":\"organization\"}")).isTrue();
    assertThat(mayBeActor("{\"type\":\"meeting\",\"participants\":[{\"type\":\"state\"}]}"))
        .isFalse();
    assertThat(mayBeActor("{\"type\":\"statement\",\"id\":\"s\"}")).isFalse();
  }

  @Test
  void anyOtherLineIsScannedToItsEnd() {
    assertThat(mayBeActor("{\"id\":\"china\",\"type\":\"state\"}")).isTrue();
    assertThat(mayBeActor("{\"type\":7,\"x\":{\"type\" :\"person\"}}")).isTrue();
    assertThat(mayBeActor("{\"type\":\"me\\u0065ting\",\"type\":\"state\"}")).isTrue();
    assertThat(mayBeActor("{\"type\":\"state")).isFalse();
    assertThat(mayBeActor("{\"id\":\"china\",\"type\":\"meeting\"}")).isFalse();
    assertThat(mayBeActor("")).isFalse();
  }

  /** What lets a first {@code "type"} decide: a second one makes the line bad, in every mode. */
  @ParameterizedTest
  @EnumSource(Mode.class)
  void aSecondTypeMakesTheLineBad(Mode mode) {
    assertThatThrownBy(
            () ->
                Jsons.of(mode)
                    .read(
                        "{\"type\":\"meeting\",\"type\":\"state\",\"id\":\"china\","
                            + "\"country\":\"CN\",\"name\":{\"text\":\"China\"}}",
                        DossierElement.class))
        .isInstanceOf(DiplomacyJsonException.class);
  }
}

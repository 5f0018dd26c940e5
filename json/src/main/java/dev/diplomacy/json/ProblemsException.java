package dev.diplomacy.json;

import dev.diplomacy.json.format.DiplomacyJsonException;
import java.io.Closeable;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DatabindException;

/**
 * How the module's (de)serializers report problems inside Jackson: a Jackson exception, so that
 * Jackson and the frameworks built on it handle it as bad input, whose cause is the {@link
 * DiplomacyJsonException} with every problem. {@link DiplomacyJson} throws the cause.
 */
final class ProblemsException extends DatabindException {

  ProblemsException(@Nullable Closeable processor, DiplomacyJsonException problems) {
    super(processor, problems.getMessage(), problems);
  }

  /** The problems. */
  DiplomacyJsonException problems() {
    return (DiplomacyJsonException) getCause();
  }
}

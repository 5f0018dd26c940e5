package dev.diplomacy.json;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.Extensions;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.core.internal.DiplomacyStyle;
import dev.diplomacy.core.time.PartialDate;
import dev.diplomacy.json.format.internal.ObjectCodec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** An object type for testing {@link ObjectCodec}: every kind of property, and extensions. */
@Value.Immutable
@DiplomacyStyle
abstract class TestNote implements WithTestNote {

  abstract String text();

  abstract Optional<PartialDate> date();

  abstract List<Id> refs();

  abstract List<TestShape> shapes();

  abstract Map<String, ExtensionValue> extensions();

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableTestNote.Builder {}

  @Value.Check
  void check() {
    Checks.of("TestNote")
        .text(text(), "text", "testNote.text.blank")
        .unique(refs(), "refs", "testNote.refs.distinct", "the reference")
        .addAll(Extensions.check("testNote", extensions()))
        .throwIfAny();
  }
}

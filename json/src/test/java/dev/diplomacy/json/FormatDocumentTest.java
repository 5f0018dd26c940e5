package dev.diplomacy.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.events.EventKind;
import dev.diplomacy.json.format.internal.TextCodecs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** FORMAT.md documents every kind of event this version reads and writes. */
class FormatDocumentTest {

  private static final Path FORMAT = Path.of("FORMAT.md");

  /** The type names of the kinds this version knows: every kind but the opaque one. */
  private static final List<String> TYPE_NAMES =
      Arrays.stream(EventKind.values())
          .filter(k -> k != EventKind.OPAQUE)
          .map(TextCodecs::enumName)
          .collect(Collectors.toList());

  @Test
  void theListOfTypeNamesOfEventsIsEveryKind() throws IOException {
    String text = Files.readString(FORMAT, StandardCharsets.UTF_8);
    Matcher list = Pattern.compile("- events: ([^;]*);").matcher(text);
    assertThat(list.find()).as("the list of the type names of events").isTrue();
    assertThat(names(list.group(1))).containsExactlyElementsOf(TYPE_NAMES);
  }

  @Test
  void theTableOfEventsHasARowForEveryKindInItsOrder() throws IOException {
    String text = Files.readString(FORMAT, StandardCharsets.UTF_8);
    String events = text.substring(text.indexOf("| --- |", text.indexOf("**Events**")));
    events = events.substring(0, events.indexOf("| any other, lenient mode |"));
    List<String> rows = new ArrayList<>();
    Matcher row = Pattern.compile("(?m)^\\| `([a-z_]+)` \\|").matcher(events);
    while (row.find()) {
      rows.add(row.group(1));
    }
    assertThat(rows).containsExactlyElementsOf(TYPE_NAMES);
  }

  private static List<String> names(String list) {
    List<String> names = new ArrayList<>();
    Matcher name = Pattern.compile("`([a-z_]+)`").matcher(list);
    while (name.find()) {
      names.add(name.group(1));
    }
    return names;
  }
}

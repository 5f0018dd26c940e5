package dev.diplomacy.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.dossier.DossierElement;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.sources.Citation;
import dev.diplomacy.core.sources.Source;
import java.util.HashSet;
import java.util.Set;

/** The order every {@link ImportStream} promises, checked on a whole stream. */
public final class ElementOrder {

  private ElementOrder() {}

  /**
   * Reads the stream to its end, checking that every actor and source is handed out once, a source
   * after its publisher, and each before the first event that names it.
   *
   * @return how many events the stream gave
   */
  public static int check(ImportStream stream) {
    Set<Id> seen = new HashSet<>();
    int events = 0;
    while (stream.hasNext()) {
      DossierElement e = stream.next();
      if (e instanceof Event event) {
        events++;
        assertThat(seen).as(event.id().value()).containsAll(event.actorIds());
        event.citations().stream()
            .map(Citation::source)
            .forEach(c -> assertThat(seen).as(event.id().value()).contains(c));
        continue;
      }
      if (e instanceof Source source) {
        source.publisher().ifPresent(p -> assertThat(seen).as(source.id().value()).contains(p));
      }
      assertThat(seen.add(e.id())).as("%s handed out once", e.id()).isTrue();
    }
    return events;
  }
}

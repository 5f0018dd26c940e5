package dev.diplomacy.interop.plover;

import dev.diplomacy.core.Id;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link PloverExporter} wrote: how many records, and the events it could not write, each
 * with the reason. Every event of the dossier is one or the other.
 */
public final class PloverExport {

  /**
   * An event that has no PLOVER record.
   *
   * @param event the event's id
   * @param code why, as a stable code: {@code plover.export.noCategory} (PLOVER has no category for
   *     the event's CAMEO code: CAMEO 01 and 02, the root 08), {@code plover.export.unknownKind}
   *     (an event of a kind this version of the library does not know), {@code
   *     plover.export.cameoUnknown} (a coded event whose CAMEO code is not in the codebook)
   * @param reason why, for a person
   */
  public record NotExported(Id event, String code, String reason) {

    /** Checks that every part is given. */
    public NotExported {
      Objects.requireNonNull(event, "event");
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(reason, "reason");
    }

    /** {@code castro-greetings-to-kim: plover.export.noCategory: ...}. */
    @Override
    public String toString() {
      return event + ": " + code + ": " + reason;
    }
  }

  private final long linesWritten;
  private final List<NotExported> notExported;

  PloverExport(long linesWritten, List<NotExported> notExported) {
    this.linesWritten = linesWritten;
    this.notExported = List.copyOf(notExported);
  }

  /** How many records were written, one a line. */
  public long linesWritten() {
    return linesWritten;
  }

  /** The events that were not written, in the dossier's order, each with the reason. */
  public List<NotExported> notExported() {
    return notExported;
  }

  /** {@code 12 records written, 6 events not exported}. */
  @Override
  public String toString() {
    return linesWritten + " records written, " + notExported.size() + " events not exported";
  }
}

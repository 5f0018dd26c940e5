package dev.diplomacy.core.events;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a meeting that lists one actor {@code args[0]} times and prints the number of findings
 * listed and omitted: run by {@link MeetingTest} in a JVM with a small heap.
 */
public final class ManyDuplicates {

  private ManyDuplicates() {}

  /** The entry point. */
  public static void main(String[] args) {
    int times = Integer.parseInt(args[0]);
    List<Participant> participants = new ArrayList<>(times + 1);
    participants.add(Participant.of(Id.of("raul-castro")));
    Participant ri = Participant.of(Id.of("ri-su-yong"));
    for (int i = 0; i < times; i++) {
      participants.add(ri);
    }
    try {
      Meeting.builder().id(Id.of("m")).participants(participants).build();
      System.out.println("built");
    } catch (ValidationException e) {
      System.out.println(e.findings().size() + " " + e.omitted());
    }
  }
}

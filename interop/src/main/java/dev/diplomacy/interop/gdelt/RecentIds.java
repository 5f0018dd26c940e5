package dev.diplomacy.interop.gdelt;

/**
 * The GLOBALEVENTIDs of the events a stream imported most recently, to find a row that repeats one.
 * GDELT numbers its events in increasing order, so an id above every id read is new at once; only
 * an id out of order is looked for among the recent ones. Memory is fixed: {@value #SIZE} ids.
 */
final class RecentIds {

  /** How many ids are remembered. */
  static final int SIZE = 1 << 16;

  private final long[] ids = new long[SIZE];
  private int count;
  private int next;
  private long max = -1;

  /** True when {@code id} is one of the ids remembered. */
  boolean contains(long id) {
    if (id > max) {
      return false;
    }
    for (int i = 0; i < count; i++) {
      if (ids[i] == id) {
        return true;
      }
    }
    return false;
  }

  /** Remembers {@code id}, forgetting the oldest when full. */
  void add(long id) {
    ids[next] = id;
    next = (next + 1) % SIZE;
    count = Math.min(count + 1, SIZE);
    max = Math.max(max, id);
  }
}

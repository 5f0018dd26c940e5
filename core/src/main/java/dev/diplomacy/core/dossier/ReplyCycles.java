package dev.diplomacy.core.dossier;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.events.EventLink;
import dev.diplomacy.core.events.LinkKind;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The events of a dossier that answer themselves through a chain of replies (the rule {@code
 * dossier.reply.cycle}), found in time and memory linear in the events and their links.
 *
 * <p>Replies make a graph: an edge runs from each event to the event that each of its {@link
 * LinkKind#REPLY_TO} links names, where the id names an event (the first element of that id, as
 * every reference of a dossier resolves). An event goes round in a circle exactly when it shares a
 * strongly connected component with another event (no event links to itself: its own rules refuse
 * that). Tarjan's algorithm finds the components in one depth-first pass, here with a stack of its
 * own so that a chain of any length cannot overflow the thread's. Walking the chain from every
 * event instead, as this rule once did, is quadratic: 100,000 messages each answering the one
 * before took longer than a quarter of an hour.
 */
final class ReplyCycles {

  private ReplyCycles() {}

  /**
   * The positions in {@code events} of the events on a circle of replies.
   *
   * @param firstById the first element of the dossier with each id
   */
  static BitSet in(List<Event> events, Map<Id, ?> firstById) {
    int n = events.size();
    Map<Id, Integer> position = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Event e = events.get(i);
      if (firstById.get(e.id()) == e) {
        position.putIfAbsent(e.id(), i);
      }
    }
    int[] firstEdge = new int[n + 1];
    int[] edges = new int[countLinks(events)];
    int m = 0;
    for (int i = 0; i < n; i++) {
      firstEdge[i] = m;
      for (EventLink link : events.get(i).links()) {
        Integer j = link.linkKind() == LinkKind.REPLY_TO ? position.get(link.target()) : null;
        if (j != null) {
          edges[m++] = j;
        }
      }
    }
    firstEdge[n] = m;
    return onCycles(n, firstEdge, edges);
  }

  private static int countLinks(List<Event> events) {
    int count = 0;
    for (Event e : events) {
      count += e.links().size();
    }
    return count;
  }

  /**
   * Tarjan's strongly connected components over nodes {@code 0 ... n-1}, the edges of node {@code
   * v} being {@code edges[firstEdge[v] ... firstEdge[v + 1] - 1]}.
   */
  private static BitSet onCycles(int n, int[] firstEdge, int[] edges) {
    BitSet onCycle = new BitSet(n);
    int[] order = new int[n];
    Arrays.fill(order, -1);
    int[] low = new int[n];
    int[] nextEdge = new int[n];
    BitSet open = new BitSet(n);
    int[] component = new int[n];
    int componentTop = 0;
    int[] path = new int[n];
    int pathTop = 0;
    int visited = 0;
    for (int root = 0; root < n; root++) {
      if (order[root] != -1) {
        continue;
      }
      order[root] = low[root] = visited++;
      nextEdge[root] = firstEdge[root];
      component[componentTop++] = root;
      open.set(root);
      path[pathTop++] = root;
      while (pathTop > 0) {
        int v = path[pathTop - 1];
        if (nextEdge[v] < firstEdge[v + 1]) {
          int w = edges[nextEdge[v]++];
          if (order[w] == -1) {
            order[w] = low[w] = visited++;
            nextEdge[w] = firstEdge[w];
            component[componentTop++] = w;
            open.set(w);
            path[pathTop++] = w;
          } else if (open.get(w)) {
            low[v] = Math.min(low[v], order[w]);
          }
          continue;
        }
        pathTop--;
        if (pathTop > 0) {
          int parent = path[pathTop - 1];
          low[parent] = Math.min(low[parent], low[v]);
        }
        if (low[v] == order[v]) {
          int start = componentTop;
          do {
            open.clear(component[--start]);
          } while (component[start] != v);
          if (componentTop - start > 1) {
            for (int k = start; k < componentTop; k++) {
              onCycle.set(component[k]);
            }
          }
          componentTop = start;
        }
      }
    }
    return onCycle;
  }
}

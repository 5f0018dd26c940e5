package dev.diplomacy.core.dossier;

import dev.diplomacy.core.Id;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The elements of a dossier that lead back to themselves through a chain of references of one kind:
 * replies ({@code dossier.reply.cycle}), events that are part of events ({@code
 * dossier.partOf.cycle}), organisations' parents ({@code dossier.parent.cycle}), sources based on
 * sources ({@code dossier.basedOn.cycle}). One finder serves them all, in time and memory linear in
 * the elements and their references.
 *
 * <p>The references make a graph: an edge runs from each element to each element it names, where
 * the id names an element of the same collection (the first element of that id, as every reference
 * of a dossier resolves). An element goes round in a circle exactly when it shares a strongly
 * connected component with another element, or names itself. Tarjan's algorithm finds the
 * components in one depth-first pass, here with a stack of its own so that a chain of any length
 * cannot overflow the thread's. Walking the chain from every element instead, as the rule of
 * replies once did, is quadratic: 100,000 messages each answering the one before took longer than a
 * quarter of an hour.
 */
final class Cycles {

  /** The position of the first element of each id. */
  private final Map<Id, Integer> position;

  /** The strongly connected component of each element, those of one element numbered -1. */
  private final int[] component;

  private Cycles(Map<Id, Integer> position, int[] component) {
    this.position = position;
    this.component = component;
  }

  /** Whether the element at {@code i} is on a circle of references. */
  boolean on(int i) {
    return component[i] >= 0;
  }

  /**
   * Whether the element at {@code i} is on a circle of references that goes through the element
   * named {@code target}: whether the reference from {@code i} to {@code target} leads back.
   */
  boolean leadsBack(int i, Id target) {
    Integer j = position.get(target);
    return component[i] >= 0 && j != null && component[j] == component[i];
  }

  /**
   * The circles of references among {@code elements}.
   *
   * @param firstById the first element of the dossier with each id
   * @param id the id of an element
   * @param references hands each id that an element refers to, of the kind followed, to the
   *     consumer
   */
  static <T> Cycles in(
      List<T> elements,
      Map<Id, ?> firstById,
      Function<? super T, Id> id,
      BiConsumer<? super T, Consumer<Id>> references) {
    int n = elements.size();
    Map<Id, Integer> position = new HashMap<>();
    for (int i = 0; i < n; i++) {
      T e = elements.get(i);
      if (firstById.get(id.apply(e)) == e) {
        position.putIfAbsent(id.apply(e), i);
      }
    }
    int[] firstEdge = new int[n + 1];
    Edges edges = new Edges(n);
    for (int i = 0; i < n; i++) {
      firstEdge[i] = edges.size;
      references.accept(
          elements.get(i),
          target -> {
            Integer j = position.get(target);
            if (j != null) {
              edges.add(j);
            }
          });
    }
    firstEdge[n] = edges.size;
    int[] component = components(n, firstEdge, edges.to);
    for (int v = 0; v < n; v++) {
      for (int k = firstEdge[v]; k < firstEdge[v + 1]; k++) {
        if (edges.to[k] == v && component[v] < 0) {
          component[v] = n + v; // a component of its own, named apart from Tarjan's
        }
      }
    }
    return new Cycles(position, component);
  }

  /** The targets of the edges, in the order added. */
  private static final class Edges {
    int[] to;
    int size;

    Edges(int expected) {
      to = new int[Math.max(16, expected)];
    }

    void add(int target) {
      if (size == to.length) {
        to = Arrays.copyOf(to, size * 2);
      }
      to[size++] = target;
    }
  }

  /**
   * Tarjan's strongly connected components over nodes {@code 0 ... n-1}, the edges of node {@code
   * v} being {@code edges[firstEdge[v] ... firstEdge[v + 1] - 1]}: the component of each node,
   * numbered from 0, or -1 for a node alone in its component.
   */
  private static int[] components(int n, int[] firstEdge, int[] edges) {
    int[] componentOf = new int[n];
    Arrays.fill(componentOf, -1);
    int components = 0;
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
              componentOf[component[k]] = components;
            }
            components++;
          }
          componentTop = start;
        }
      }
    }
    return componentOf;
  }
}

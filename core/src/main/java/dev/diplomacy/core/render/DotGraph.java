package dev.diplomacy.core.render;

import dev.diplomacy.core.actors.ActorKind;
import dev.diplomacy.core.dossier.Dossier;

/**
 * A dossier's actors and interactions as a <a
 * href="https://graphviz.org/doc/info/lang.html">Graphviz DOT</a> digraph, left to right: {@code
 * dot -Tsvg dossier.dot > dossier.svg}.
 *
 * <p>The same graph as {@link MermaidGraph}: one node per actor that takes part in an event or
 * relationship, labelled with its primary name (an ellipse for a person, a box for an organisation,
 * a hexagon for a state, a dashed box for an id the dossier does not resolve); one edge per
 * interaction, labelled with its kind and date, with an arrow where the event has a direction, none
 * ({@code dir=none}) between equals, and dotted and undirected for a lasting relationship. Node ids
 * are the actors' ids. Every id and label is a quoted string with {@code \} and {@code "} escaped,
 * on one line, in UTF-8, so names in any script are kept as they are. The text is the same for the
 * same dossier.
 */
public final class DotGraph {

  private DotGraph() {}

  /** The DOT digraph of the dossier, one statement a line, ending with a line break. */
  public static String of(Dossier dossier) {
    GraphModel graph = GraphModel.of(dossier);
    StringBuilder out = new StringBuilder("digraph dossier {\n    rankdir=LR;\n");
    for (GraphModel.Node node : graph.nodes) {
      String shape =
          node.kind()
              .map(
                  k ->
                      k == ActorKind.PERSON
                          ? "shape=ellipse"
                          : k == ActorKind.STATE ? "shape=hexagon" : "shape=box")
              .orElse("shape=box, style=dashed");
      out.append("    ")
          .append(quote(node.id().value()))
          .append(" [label=")
          .append(quote(node.label()))
          .append(", ")
          .append(shape)
          .append("];\n");
    }
    for (GraphModel.Edge edge : graph.edges) {
      out.append("    ")
          .append(quote(edge.from().value()))
          .append(" -> ")
          .append(quote(edge.to().value()))
          .append(" [label=")
          .append(quote(edge.label()));
      if (edge.line() == GraphModel.Line.UNDIRECTED) {
        out.append(", dir=none");
      } else if (edge.line() == GraphModel.Line.RELATIONSHIP) {
        out.append(", dir=none, style=dotted");
      }
      out.append("];\n");
    }
    return out.append("}\n").toString();
  }

  /** The text as a DOT quoted string, on one line, with {@code \} and {@code "} escaped. */
  static String quote(String text) {
    String line = Labels.oneLine(text);
    StringBuilder b = new StringBuilder(line.length() + 2).append('"');
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\');
      }
      b.append(c);
    }
    return b.append('"').toString();
  }
}

package dev.diplomacy.core.render;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.actors.ActorKind;
import dev.diplomacy.core.dossier.Dossier;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A dossier's actors and interactions as a <a
 * href="https://mermaid.js.org/syntax/flowchart.html">Mermaid flowchart</a>, left to right, for a
 * README or any page that renders Mermaid.
 *
 * <p>One node per actor that takes part in an event or relationship, labelled with its primary name
 * (its id when the dossier does not have it): a person is rounded, an organisation a rectangle, a
 * state a hexagon, an unknown actor a flag. One edge per interaction, labelled with its kind and
 * date ({@code greetings 2018-07-05 via Ri Su-yong}, {@code support pledge 2018-03 (claimed)}): an
 * arrow in the direction of the event's primary coding ({@link
 * dev.diplomacy.core.codes.EventCoding}: sender to recipients, pledger to beneficiary, visitor to
 * host, host to guests), a plain line between equals, a dotted line for a lasting relationship
 * ({@code alliance since the onset of the Cold War}).
 *
 * <p>The text is the same for the same dossier: nodes in the order of the dossier's actors, edges
 * in the order of its events, then its relationships. Node ids are safe identifiers made of the
 * actors' ids ({@code kim_jong_un}); every label is quoted, with Mermaid's entity codes for the
 * characters that would break it ({@code "} is {@code #quot;}, {@code #} is {@code #35;}), and
 * names in any script are kept as they are.
 */
public final class MermaidGraph {

  /** Words that cannot be node ids in a Mermaid flowchart. */
  private static final Set<String> KEYWORDS =
      Set.of(
          "end",
          "graph",
          "flowchart",
          "subgraph",
          "style",
          "classdef",
          "class",
          "click",
          "linkstyle",
          "default",
          "call",
          "href",
          "direction",
          "interpolate",
          "acctitle",
          "accdescr");

  private MermaidGraph() {}

  /** The Mermaid flowchart of the dossier, one statement a line, ending with a line break. */
  public static String of(Dossier dossier) {
    GraphModel graph = GraphModel.of(dossier);
    Map<Id, String> ids = new HashMap<>();
    Set<String> taken = new HashSet<>();
    StringBuilder out = new StringBuilder("flowchart LR\n");
    for (GraphModel.Node node : graph.nodes) {
      String id = nodeId(node.id(), taken);
      ids.put(node.id(), id);
      String label = quote(node.label());
      String shape =
          node.kind()
              .map(
                  k ->
                      k == ActorKind.PERSON
                          ? "(" + label + ")"
                          : k == ActorKind.STATE ? "{{" + label + "}}" : "[" + label + "]")
              .orElse(">" + label + "]");
      out.append("    ").append(id).append(shape).append('\n');
    }
    for (GraphModel.Edge edge : graph.edges) {
      String arrow =
          edge.line() == GraphModel.Line.DIRECTED
              ? "-->"
              : edge.line() == GraphModel.Line.UNDIRECTED ? "---" : "-.-";
      out.append("    ")
          .append(ids.get(edge.from()))
          .append(' ')
          .append(arrow)
          .append('|')
          .append(quote(edge.label()))
          .append("| ")
          .append(ids.get(edge.to()))
          .append('\n');
    }
    return out.toString();
  }

  /**
   * A node id made of the actor's id: ASCII letters, digits and underscores, not starting with a
   * digit, not a keyword, not taken by another node ({@code _2}, {@code _3} added if it is).
   */
  private static String nodeId(Id id, Set<String> taken) {
    StringBuilder b = new StringBuilder();
    for (char c : id.value().toCharArray()) {
      b.append(
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ? c : '_');
    }
    String base = b.toString();
    if (Character.isDigit(base.charAt(0)) || KEYWORDS.contains(base.toLowerCase(Locale.ROOT))) {
      base = "a_" + base;
    }
    String candidate = base;
    for (int n = 2; !taken.add(candidate); n++) {
      candidate = base + "_" + n;
    }
    return candidate;
  }

  /**
   * The text in double quotes, on one line, with entity codes for the characters that Mermaid would
   * read as syntax or markup: {@code " # ; | < > & `}.
   */
  static String quote(String text) {
    String line = Labels.oneLine(text);
    StringBuilder b = new StringBuilder(line.length() + 2).append('"');
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      switch (c) {
        case '"':
          b.append("#quot;");
          break;
        case '#':
          b.append("#35;");
          break;
        case ';':
          b.append("#59;");
          break;
        case '|':
          b.append("#124;");
          break;
        case '<':
          b.append("#lt;");
          break;
        case '>':
          b.append("#gt;");
          break;
        case '&':
          b.append("#amp;");
          break;
        case '`':
          b.append("#96;");
          break;
        default:
          b.append(c);
      }
    }
    return b.append('"').toString();
  }
}

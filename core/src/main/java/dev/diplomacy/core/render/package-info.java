/**
 * Pictures and text of a dossier for people: its interactions as a Mermaid or Graphviz DOT graph,
 * its events as a timeline, and a summary of who met, wrote to, visited or pledged support to whom.
 */
@NullMarked
package dev.diplomacy.core.render;

import org.jspecify.annotations.NullMarked;

/** Lasting relationships between actors, such as alliances, as opposed to one-off events. */
@NullMarked
package dev.diplomacy.core.relations;

import org.jspecify.annotations.NullMarked;

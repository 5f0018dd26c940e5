/** Who acts in diplomacy: persons, organisations and states, their names, and name resolution. */
@NullMarked
package dev.diplomacy.core.actors;

import org.jspecify.annotations.NullMarked;

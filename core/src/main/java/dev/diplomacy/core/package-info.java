/** Diplomatic event data: the types shared by every part of the library. */
@NullMarked
package dev.diplomacy.core;

import org.jspecify.annotations.NullMarked;

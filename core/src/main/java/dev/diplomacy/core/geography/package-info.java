/** Countries (ISO 3166-1 and the former states of ISO 3166-3) and places. */
@NullMarked
package dev.diplomacy.core.geography;

import org.jspecify.annotations.NullMarked;

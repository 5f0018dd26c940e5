/**
 * Dossiers: actors, events, relationships and sources that refer to each other by id, and the
 * validation of a dossier as a whole.
 */
@NullMarked
package dev.diplomacy.core.dossier;

import org.jspecify.annotations.NullMarked;

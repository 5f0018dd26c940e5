/**
 * Reading ICEWS event data (tab-separated event files) into dossiers: actors, events, sources and
 * places.
 */
@NullMarked
package dev.diplomacy.interop.icews;

import org.jspecify.annotations.NullMarked;

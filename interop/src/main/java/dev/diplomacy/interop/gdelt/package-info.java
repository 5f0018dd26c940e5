/**
 * Import of GDELT 2.0 event data, the tab-separated export files the GDELT Project publishes every
 * 15 minutes: {@link dev.diplomacy.interop.gdelt.GdeltImporter}.
 */
@NullMarked
package dev.diplomacy.interop.gdelt;

import org.jspecify.annotations.NullMarked;

/**
 * PLOVER event data: {@link dev.diplomacy.interop.plover.PloverExporter} writes a dossier's events
 * as PLOVER JSON lines, {@link dev.diplomacy.interop.plover.PloverImporter} reads PLOVER records (a
 * JSON array or JSON lines, the gold-standard records' older field names included) into a dossier.
 */
@NullMarked
package dev.diplomacy.interop.plover;

import org.jspecify.annotations.NullMarked;

/**
 * PLOVER event data: {@link dev.diplomacy.json.plover.PloverExporter} writes a dossier's events as
 * PLOVER JSON lines, {@link dev.diplomacy.json.plover.PloverImporter} reads PLOVER records (a JSON
 * array or JSON lines, the gold-standard records' older field names included) into a dossier.
 */
@NullMarked
package dev.diplomacy.json.plover;

import org.jspecify.annotations.NullMarked;

/**
 * The {@code diplomacy} command-line tool: validate, convert and draw dossiers and NDJSON files of
 * events.
 */
@NullMarked
package dev.diplomacy.cli;

import org.jspecify.annotations.NullMarked;

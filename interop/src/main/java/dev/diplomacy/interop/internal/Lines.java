package dev.diplomacy.interop.internal;

import java.io.IOException;

/**
 * The lines of an input, one at a time, ended as {@link java.io.BufferedReader#readLine} ends them
 * (at {@code \n}, {@code \r} or {@code \r\n}). A line may be handed out as its bytes where they
 * stand, so that its fields are read without decoding the line first.
 */
public interface Lines {

  /** Moves to the next line; false when the input has ended. */
  boolean next() throws IOException;

  /** True when {@link #bytes()} holds the line's UTF-8 bytes. */
  boolean hasBytes();

  /** The buffer that holds the line from {@link #start()} to {@link #end()}, when it has bytes. */
  byte[] bytes();

  /** Where the line starts in {@link #bytes()}. */
  int start();

  /** Where the line ends in {@link #bytes()}, its line break left out. */
  int end();

  /** The line as text. */
  String text();

  /** True when the line is empty or has only white space ({@link String#isBlank()}). */
  boolean isBlank();
}

package dev.diplomacy.jackson2;

import java.io.IOException;

/**
 * A checked exception of Jackson 2, carried unchecked through the format's codecs, whose token
 * interfaces throw none; unwrapped where the binding hands control back to Jackson.
 */
final class Jackson2Failure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  Jackson2Failure(IOException cause) {
    super(cause);
  }

  @Override
  public synchronized IOException getCause() {
    return (IOException) super.getCause();
  }
}

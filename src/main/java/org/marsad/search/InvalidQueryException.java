package org.marsad.search;

/** A request the search cannot run as asked; the API answers 400 with the message. */
public class InvalidQueryException extends RuntimeException {

  public InvalidQueryException(String message) {
    super(message);
  }
}

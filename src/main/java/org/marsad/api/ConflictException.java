package org.marsad.api;

/** The request conflicts with the state of what it names: 409. */
class ConflictException extends RuntimeException {

  ConflictException(String message) {
    super(message);
  }
}

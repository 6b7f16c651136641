package org.marsad.api;

/** The thing asked for does not exist: 404. */
class NotFoundException extends RuntimeException {

  NotFoundException(String message) {
    super(message);
  }
}

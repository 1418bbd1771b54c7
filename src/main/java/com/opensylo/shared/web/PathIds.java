package com.opensylo.shared.web;

import com.opensylo.shared.error.ResourceNotFoundException;
import java.util.UUID;

/** Ids taken from a URL path: one that is not even a UUID names nothing, so it is a 404 too. */
public final class PathIds {

  private PathIds() {}

  /** {@code id} as a UUID, or 404 with {@code notFoundMessage}. */
  public static UUID uuid(String id, String notFoundMessage) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new ResourceNotFoundException(notFoundMessage);
    }
  }
}

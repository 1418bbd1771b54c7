package com.opensylo.webhook.service;

import com.opensylo.shared.error.ConflictException;

/** 409: the event id was received before with the same body; carries the original ack. */
public class DuplicateEventException extends ConflictException {

  private static final long serialVersionUID = 1L;

  private final transient InboundMessages.Ack ack;

  DuplicateEventException(InboundMessages.Ack ack) {
    super(
        "DUPLICATE_EVENT",
        "The event " + ack.eventId() + " was received before; it had its effect once.");
    this.ack = ack;
  }

  /** The original acknowledgement. */
  public InboundMessages.Ack ack() {
    return ack;
  }
}

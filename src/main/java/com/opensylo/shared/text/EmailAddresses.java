package com.opensylo.shared.text;

import java.util.Locale;

/** How every account (merchants, dashboard users) stores and compares email addresses. */
public final class EmailAddresses {

  private EmailAddresses() {}

  /** Emails compare case-insensitively and without surrounding blanks; null stays null. */
  public static String normalize(String email) {
    return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
  }
}

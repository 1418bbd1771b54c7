package com.opensylo.shared.text;

/**
 * Whether a text holds a control character (U+0000–U+001F, U+007F–U+009F: {@link
 * Character#isISOControl}), which request member names and ingestion's texts must not. A plain
 * loop: {@code text.chars().anyMatch(Character::isISOControl)}, run on every member name of every
 * request body, was a third of the strict JSON parse of a bulk ingestion request (JFR).
 */
public final class ControlCharacters {

  private ControlCharacters() {}

  public static boolean containsAny(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isISOControl(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}

package dev.authlint.core.rules.testdata.unhandled.subtypes;

import com.openai.errors.UnauthorizedException;

/** Names the class and handles the bad key: on its own, it would make count() handled. */
class InventoryReport {
  String line() {
    try {
      return "models: " + new Inventory().count();
    } catch (UnauthorizedException e) {
      return "models: unknown (bad key)";
    }
  }
}

package dev.authlint.core.rules.testdata.unhandled.subtypes;

import com.openai.errors.UnauthorizedException;

/** Calls the inherited method of its supertype's supertype, and handles the bad key. */
class AuditedListing extends CachedListing {
  int audited() {
    try {
      return count();
    } catch (UnauthorizedException e) {
      return 0;
    }
  }
}

package dev.authlint.core.rules.testdata.unhandled.subtypes;

/** Names only the subclass of a subclass, and handles nothing: no one calls run(). */
class ListingJob {
  private final AuditedListing lister = new AuditedListing();

  int run() {
    return lister.count();
  }
}

package dev.authlint.core.rules.testdata.unhandled.subtypes;

class CachedListing extends Inventory {}

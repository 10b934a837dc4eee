package dev.authlint.core.rules;

import dev.authlint.core.Rule;
import dev.authlint.core.RuleDescriptor;

/** A rule described by its descriptor. */
abstract class AbstractRule implements Rule {
  private final RuleDescriptor descriptor;

  AbstractRule(RuleDescriptor descriptor) {
    this.descriptor = descriptor;
  }

  @Override
  public final RuleDescriptor descriptor() {
    return descriptor;
  }
}

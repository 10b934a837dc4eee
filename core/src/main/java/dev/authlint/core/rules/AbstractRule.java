package dev.authlint.core.rules;

import dev.authlint.core.Level;
import dev.authlint.core.Rule;

/** What every rule describes the same way: its id, default level, summary and description. */
abstract class AbstractRule implements Rule {
  private final String id;
  private final Level defaultLevel;
  private final String summary;
  private final String description;

  AbstractRule(String id, Level defaultLevel, String summary, String description) {
    this.id = id;
    this.defaultLevel = defaultLevel;
    this.summary = summary;
    this.description = description;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Level defaultLevel() {
    return defaultLevel;
  }

  @Override
  public final String summary() {
    return summary;
  }

  @Override
  public final String description() {
    return description;
  }
}

package dev.authlint.core.rules.testdata.unhandled.deadoverload;

/** A convenience overload no one calls sits beside the one the console uses. */
public final class Agent {
  private final Assistant assistant;

  Agent(Assistant assistant) {
    this.assistant = assistant;
  }

  public String run(String question) {
    return run(question, 3);
  }

  public String run(String question, int attempts) {
    return assistant.ask(question + " (" + attempts + ")");
  }
}

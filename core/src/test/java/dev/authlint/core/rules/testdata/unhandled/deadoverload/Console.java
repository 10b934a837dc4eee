package dev.authlint.core.rules.testdata.unhandled.deadoverload;

/** The one place the agent runs: every failure is shown to the user. */
final class Console {
  private final Agent agent = Wiring.agent();

  String answer(String question) {
    try {
      return agent.run(question, 3);
    } catch (RuntimeException e) {
      return "The assistant failed: " + e.getMessage();
    }
  }
}

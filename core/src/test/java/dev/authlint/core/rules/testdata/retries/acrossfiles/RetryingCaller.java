package dev.authlint.core.rules.testdata.retries.acrossfiles;

/** Retry loops whose request is sent, and its 401 kept or let through, by a helper in another file. */
class RetryingCaller {
  private final OnceHelper helper = new OnceHelper();
  private final SpringAiHelper springAi;

  RetryingCaller(SpringAiHelper springAi) {
    this.springAi = springAi;
  }

  String untilAnswered(String question) {
    for (int attempt = 0; attempt < 3; attempt++) { // BUG: RetriesAuthError "This loop calls tryOnce(..), which catches UnauthorizedException (HTTP 401, a bad key) and returns normally, and goes round again"
      String answer = helper.tryOnce(question);
      if (answer != null) {
        return answer;
      }
    }
    return "No answer.";
  }

  String untilNotRateLimited(String question) {
    for (int attempt = 0; attempt < 3; attempt++) {
      String answer = helper.askOrThrow(question);
      if (answer != null) {
        return answer;
      }
    }
    return "Still rate limited.";
  }

  String throughAHelperThatThrows(String question) throws InterruptedException {
    for (int attempt = 1; ; attempt++) { // BUG: RetriesAuthError
      try {
        return springAi.ask(question);
      } catch (RuntimeException e) {
        if (attempt == 3) {
          throw e;
        }
        Thread.sleep(1000L * attempt);
      }
    }
  }
}

package dev.authlint.core.rules.testdata.retries;

import com.openai.models.chat.completions.ChatCompletionCreateParams;

/** Retries around the project's own OpenAIClient (same package) are not retries of SDK requests. */
class OwnClientLoops {
  private final OpenAIClient client = new OpenAIClient();

  String retryOwnClient(ChatCompletionCreateParams params) {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return client.create(params);
      } catch (Exception e) {
        System.err.println("retrying");
      }
    }
    return null;
  }

  ChatCompletionCreateParams buildWithRetries() {
    while (true) {
      try {
        return ChatCompletionCreateParams.builder().model("gpt-4o-mini").addUserMessage("hi").build();
      } catch (IllegalStateException e) {
        System.err.println("retrying");
      }
    }
  }
}

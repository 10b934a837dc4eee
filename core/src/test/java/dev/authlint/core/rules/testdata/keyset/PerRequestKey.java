package dev.authlint.core.rules.testdata.keyset;

import org.springframework.ai.chat.model.ChatModel;

/**
 * Spring AI's auto-configuration reads spring.ai.openai.api-key once, when it builds the ChatModel
 * bean at startup. Writing the property per request changes nothing for the bean this class is given.
 */
class PerRequestKey {
  private final ChatModel chatModel;

  PerRequestKey(ChatModel chatModel) {
    this.chatModel = chatModel;
  }

  String ask(String tenantKey, String question) {
    System.setProperty("spring.ai.openai.api-key", tenantKey); // BUG: KeySetAfterClientInit "at startup: the client never sees this key"
    return chatModel.call(question);
  }

  /** Before the application starts, the property is in time. */
  public static void main(String[] args) {
    System.setProperty("spring.ai.openai.api-key", System.getenv("TEAM_OPENAI_KEY"));
  }
}

/** A class that is given no client: writing the property here is for whatever is built later. */
class KeyLoader {
  void load(String key) {
    System.setProperty("spring.ai.openai.api-key", key);
  }
}

package dev.authlint.core.rules.testdata.retries.acrossfiles;

import org.springframework.ai.chat.model.ChatModel;

/** Sends the request and lets every failure through to its caller. */
public class SpringAiHelper {
  private final ChatModel chatModel;

  public SpringAiHelper(ChatModel chatModel) {
    this.chatModel = chatModel;
  }

  public String ask(String question) {
    return chatModel.call(question);
  }
}

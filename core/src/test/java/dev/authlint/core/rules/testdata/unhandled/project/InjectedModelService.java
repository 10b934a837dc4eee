package dev.authlint.core.rules.testdata.unhandled.project;

import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.model.ChatModel;

/**
 * Models injected by Spring: what they are is out of sight here, so the build decides. Where every
 * provider the build brings in is local, there is no key to reject.
 */
class InjectedModelService {
  private final ChatModel chatModel;
  private final ChatClient chatClient;

  InjectedModelService(ChatModel chatModel, ChatClient.Builder builder) {
    this.chatModel = chatModel;
    this.chatClient = builder.build();
  }

  String ask(String question) {
    chatModel.call(question);
    return chatClient.prompt(question).call().content();
  }
}

package org.springframework.ai.openai.samples.helloworld;

import org.springframework.ai.chat.client.ChatClient;

/** An application in a sample package under the SDK's namespace: judged like any application. */
class HelloWorldSample {
  private final ChatClient chatClient;

  HelloWorldSample(ChatClient.Builder builder) {
    this.chatClient = builder.build();
  }

  String answer(String question) {
    return chatClient.prompt(question).call().content(); // BUG: UnhandledAuthError
  }
}

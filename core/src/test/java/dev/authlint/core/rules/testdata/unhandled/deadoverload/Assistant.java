package dev.authlint.core.rules.testdata.unhandled.deadoverload;

import com.openai.models.ChatModel;
import com.openai.models.chat.completions.ChatCompletionCreateParams;

final class Assistant {
  private final Completions completions;

  Assistant(Completions completions) {
    this.completions = completions;
  }

  String ask(String question) {
    return completions.create(ChatCompletionCreateParams.builder()
        .model(ChatModel.GPT_4O_MINI)
        .addUserMessage(question)
        .build()).toString();
  }
}

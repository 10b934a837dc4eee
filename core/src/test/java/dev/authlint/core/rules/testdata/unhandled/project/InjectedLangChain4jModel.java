package dev.authlint.core.rules.testdata.unhandled.project;

import dev.langchain4j.model.chat.ChatModel;

/** The build's LangChain4j version decides which exception the advice names. */
class InjectedLangChain4jModel {
  private final ChatModel model;

  InjectedLangChain4jModel(ChatModel model) {
    this.model = model;
  }

  String ask(String question) {
    return model.chat(question); // BUG: UnhandledAuthError "OpenAiHttpException"
  }
}

package dev.authlint.testdata.langchain4j0;

import dev.langchain4j.model.openai.OpenAiChatModel;

/** Keys given to LangChain4j 0.x's withApiKey factories. */
class LangChain4j0Keys {
  OpenAiChatModel literal() {
    return OpenAiChatModel.withApiKey("lc4j-old-8d7f6g5h"); // BUG: HardcodedApiKey [warning]
  }

  OpenAiChatModel deepseekThroughOpenAi() {
    return OpenAiChatModel.withApiKey("@@DEEPSEEK_KEY@@"); // BUG: HardcodedApiKey [error]
  }

  OpenAiChatModel demo() {
    return OpenAiChatModel.withApiKey("demo");
  }
}

package dev.authlint.testdata.legacy;

import com.theokanning.openai.OpenAiService;
import dev.langchain4j.model.mistralai.MistralAiChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Duration;

/** Keys given to TheoKanning's client before 0.10 and to LangChain4j 0.x's withApiKey factories. */
class LegacyKeys {
  OpenAiService theoKanning() {
    return new OpenAiService("theo-old-5h4g3f2d", Duration.ofSeconds(30)); // BUG: HardcodedApiKey warning
  }

  OpenAiService theoKanningProxy() {
    return new OpenAiService("@@PROXY_KEY@@"); // BUG: HardcodedApiKey error
  }

  OpenAiChatModel langchain4jOpenAi() {
    return OpenAiChatModel.withApiKey("lc4j-old-8d7f6g5h"); // BUG: HardcodedApiKey warning
  }

  MistralAiChatModel langchain4jMistral() {
    return MistralAiChatModel.withApiKey("@@MISTRAL_KEY@@"); // BUG: HardcodedApiKey error
  }

  OpenAiChatModel demo() {
    return OpenAiChatModel.withApiKey("demo");
  }
}

package dev.authlint.samples.clean;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import dev.langchain4j.model.openai.OpenAiChatModel;

/** The correct forms: keys come from the environment when the client is built. */
public final class AssistantClients {
  public static OpenAIClient openAi() {
    return OpenAIOkHttpClient.fromEnv();
  }

  public static AnthropicClient anthropic() {
    return AnthropicOkHttpClient.builder().apiKey(System.getenv("ANTHROPIC_API_KEY")).build();
  }

  public static OpenAiChatModel langChain4j() {
    return OpenAiChatModel.builder()
        .apiKey(System.getenv("OPENAI_API_KEY"))
        .modelName("gpt-4o-mini")
        .build();
  }

  private AssistantClients() {}
}

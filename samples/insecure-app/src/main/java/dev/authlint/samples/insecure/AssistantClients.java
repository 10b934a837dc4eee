package dev.authlint.samples.insecure;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import dev.langchain4j.model.openai.OpenAiChatModel;

/**
 * How keys end up in code. The literals below are not real keys, but authlint cannot know that, and
 * neither can anyone who copies this code: every one of them is reported.
 */
public final class AssistantClients {
  /** A team key shared through a constant. */
  private static final String TEAM_KEY = "team-3f9a8c2e7b1d";

  public static OpenAIClient openAi() {
    return OpenAIOkHttpClient.builder().apiKey(TEAM_KEY).build();
  }

  public static AnthropicClient anthropic() {
    return AnthropicOkHttpClient.builder().apiKey("anthropic-4b7e1f9c2d8a").build();
  }

  public static OpenAiChatModel langChain4j() {
    return OpenAiChatModel.builder()
        .apiKey("lc4j-8d2c6f1a9e3b")
        .modelName("gpt-4o-mini")
        .build();
  }

  private AssistantClients() {}
}

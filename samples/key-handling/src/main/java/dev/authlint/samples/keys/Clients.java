package dev.authlint.samples.keys;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;

/** Clients built from key variables: a misspelled name, another provider's variable, and the right ones. */
public final class Clients {
  private Clients() {}

  /** OPENAI_APIKEY is not what the SDK and its docs call the variable: this reads null. */
  public static OpenAIClient openAi() {
    return OpenAIOkHttpClient.builder().apiKey(System.getenv("OPENAI_APIKEY")).build();
  }

  /** An Anthropic client given the OpenAI key: every request fails with 401. */
  public static AnthropicClient anthropic() {
    String key = System.getenv("OPENAI_API_KEY");
    return AnthropicOkHttpClient.builder().apiKey(key).build();
  }

  public static OpenAIClient openAiDone() {
    return OpenAIOkHttpClient.builder().apiKey(System.getenv("OPENAI_API_KEY")).build();
  }

  public static AnthropicClient anthropicDone() {
    return AnthropicOkHttpClient.builder().apiKey(System.getenv("ANTHROPIC_API_KEY")).build();
  }

  /** Anthropic's OpenAI-compatible endpoint takes Anthropic keys. */
  public static OpenAIClient anthropicThroughOpenAiSdk() {
    return OpenAIOkHttpClient.builder()
        .baseUrl("https://api.anthropic.com/v1/")
        .apiKey(System.getenv("ANTHROPIC_API_KEY"))
        .build();
  }
}

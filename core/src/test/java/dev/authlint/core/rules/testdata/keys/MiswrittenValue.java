package dev.authlint.core.rules.testdata.keys;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import org.springframework.beans.factory.annotation.Value;

/** @Value texts that look like placeholders but are none: Spring injects the text as the key. */
class MiswrittenValue {
  @Value("$(openai.secret)") // BUG: MalformedKeySource "Spring injects this text, and apiKey(..) sends it as the key. Write @Value"
  private String openAiSecret;

  @Value("${openai.fallback-key}")
  private String resolvedKey;

  @Value("#{environment['OPENAI_API_KEY']}")
  private String expressionKey;

  @Value("$(report.title)")
  private String notAKey;

  @Value("gpt-4o-mini")
  private String model;

  OpenAIClient miswritten() {
    return OpenAIOkHttpClient.builder().apiKey(openAiSecret).build();
  }

  OpenAIClient resolved() {
    return OpenAIOkHttpClient.builder().apiKey(resolvedKey).build();
  }

  OpenAIClient expression() {
    return OpenAIOkHttpClient.builder().apiKey(expressionKey).build();
  }

  AnthropicClient braces(
      @Value("{anthropic.key}") String key) { // BUG: MalformedKeySource "{anthropic.key}"
    return AnthropicOkHttpClient.builder().apiKey(key).build();
  }

  String title() {
    return notAKey + model;
  }
}

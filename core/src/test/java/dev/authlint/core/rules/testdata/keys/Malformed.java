package dev.authlint.core.rules.testdata.keys;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Keys read whole from files without strip(), and placeholders in plain strings. */
class Malformed {
  private static final String KEY_REFERENCE = "${OPENAI_API_KEY}"; // BUG: MalformedKeySource "as the key itself: placeholders are resolved only in @Value and configuration files"

  private final String fileKey;

  Malformed(Path secret) throws IOException {
    this.fileKey = Files.readString(secret); // BUG: MalformedKeySource "keeps the file's final line break, and it reaches apiKey(..) as part of the key. Call strip() on it."
  }

  OpenAIClient fromAField() {
    return OpenAIOkHttpClient.builder().apiKey(fileKey).build();
  }

  OpenAIClient readString() throws IOException {
    return OpenAIOkHttpClient.builder()
        .apiKey(Files.readString(Path.of("/run/secrets/openai"))) // BUG: MalformedKeySource
        .build();
  }

  AnthropicClient readAllBytes(Path secret) throws IOException {
    String key = new String(Files.readAllBytes(secret), StandardCharsets.UTF_8); // BUG: MalformedKeySource
    return AnthropicOkHttpClient.builder().apiKey(key).build();
  }

  AnthropicClient stream(InputStream in) throws IOException {
    String key = new String(in.readAllBytes()); // BUG: MalformedKeySource
    return AnthropicOkHttpClient.builder().authToken(key).build();
  }

  OpenAIClient placeholder() {
    return OpenAIOkHttpClient.builder()
        .apiKey("${OPENAI_API_KEY}") // BUG: MalformedKeySource
        .build();
  }

  OpenAiChatModel placeholderConstant() {
    return OpenAiChatModel.builder().apiKey(KEY_REFERENCE).build();
  }

  AnthropicClient springPropertyPlaceholder() {
    return AnthropicOkHttpClient.builder()
        .apiKey("${spring.ai.anthropic.api-key}") // BUG: MalformedKeySource
        .build();
  }
}

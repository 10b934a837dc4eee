package dev.authlint.core.rules.testdata.keys;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;

/** Stripped file contents, reads that drop the line break, and placeholders Spring resolves. */
class MalformedNearMisses {
  @Value("${OPENAI_API_KEY}")
  private String injected;

  private final String fileKey;

  MalformedNearMisses(Path secret) throws IOException {
    this.fileKey = Files.readString(secret).strip();
  }

  OpenAIClient strippedField() {
    return OpenAIOkHttpClient.builder().apiKey(fileKey).build();
  }

  OpenAIClient trimmedAtTheSink(Path secret) throws IOException {
    String raw = Files.readString(secret);
    return OpenAIOkHttpClient.builder().apiKey(raw.trim()).build();
  }

  AnthropicClient bytesStripped(Path secret) throws IOException {
    String key = new String(Files.readAllBytes(secret)).stripTrailing();
    return AnthropicOkHttpClient.builder().apiKey(key).build();
  }

  AnthropicClient firstLine(Path secret) throws IOException {
    String key = Files.readAllLines(secret).get(0);
    try (BufferedReader reader = Files.newBufferedReader(secret)) {
      String line = reader.readLine();
      AnthropicOkHttpClient.builder().apiKey(line).build();
    }
    return AnthropicOkHttpClient.builder().apiKey(key).build();
  }

  OpenAIClient otherwiseCleaned(Path secret) throws IOException {
    return OpenAIOkHttpClient.builder()
        .apiKey(Files.readString(secret).replace("\n", ""))
        .build();
  }

  OpenAiChatModel injectedBySpring() {
    return OpenAiChatModel.builder().apiKey(injected).build();
  }

  String notAKey(Path notes) throws IOException {
    String template = "${OPENAI_API_KEY}";
    return Files.readString(notes) + template;
  }
}

package dev.authlint.core.rules.testdata.retries;

import com.theokanning.openai.completion.chat.ChatCompletionRequest;
import com.theokanning.openai.completion.chat.ChatCompletionResult;
import com.theokanning.openai.service.OpenAiService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A retry whose only catch takes an exception the 401 is not: nothing for the rule to parse for. */
class OtherExceptionsOnly {
  private final OpenAiService service = new OpenAiService(System.getenv("OPENAI_TOKEN"));

  ChatCompletionResult onlyAnIoFailureIsRetried(ChatCompletionRequest request, Path prompt) {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        request.setUser(Files.readString(prompt));
        return service.createChatCompletion(request);
      } catch (IOException e) {
        System.err.println("retrying after " + e.getMessage());
      }
    }
    throw new UncheckedIOException(new IOException("gave up"));
  }
}

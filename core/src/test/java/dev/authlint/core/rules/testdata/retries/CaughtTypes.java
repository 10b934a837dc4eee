package dev.authlint.core.rules.testdata.retries;

import com.theokanning.openai.completion.chat.ChatCompletionRequest;
import com.theokanning.openai.completion.chat.ChatCompletionResult;
import com.theokanning.openai.service.OpenAiService;
import retrofit2.HttpException;

/** The message names the 401 type the loop's catch receives, not the first one the SDK lists. */
class CaughtTypes {
  private final OpenAiService service = new OpenAiService(System.getenv("OPENAI_TOKEN"));

  ChatCompletionResult catchesTheSecondListedType(ChatCompletionRequest request) {
    // BUG: RetriesAuthError [error] col 5 "This retry loop catches HttpException (HTTP 401, a bad key) in catch (HttpException)"
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return service.createChatCompletion(request);
      } catch (HttpException e) {
        System.err.println("retrying after HTTP " + e.code());
      }
    }
    throw new IllegalStateException("gave up");
  }
}

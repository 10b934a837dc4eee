package dev.authlint.core.rules.testdata.retries;

import com.theokanning.openai.completion.chat.ChatCompletionRequest;
import com.theokanning.openai.completion.chat.ChatCompletionResult;
import com.theokanning.openai.service.OpenAiService;

/**
 * The ways a catch of the 401 can be written, which the rule's text test must read before it
 * parses the file: every catch here takes the 401 only through a qualified name, the second type
 * of a union, or an annotated parameter.
 */
class CatchForms {
  private final OpenAiService service = new OpenAiService(System.getenv("OPENAI_TOKEN"));

  ChatCompletionResult qualifiedAndFinal(ChatCompletionRequest request) {
    // BUG: RetriesAuthError [error] col 5 "in catch (retrofit2.HttpException)"
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return service.createChatCompletion(request);
      } catch (final retrofit2.HttpException e) {
        System.err.println("retrying after HTTP " + e.code());
      }
    }
    throw new IllegalStateException("gave up");
  }

  ChatCompletionResult secondOfAUnion(ChatCompletionRequest request) {
    // BUG: RetriesAuthError [error] col 5 "This retry loop catches HttpException"
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return service.createChatCompletion(request);
      } catch (IllegalArgumentException | retrofit2.HttpException e) {
        System.err.println("retrying: " + e.getMessage());
      }
    }
    throw new IllegalStateException("gave up");
  }

  ChatCompletionResult annotatedParameter(ChatCompletionRequest request) {
    // BUG: RetriesAuthError [error] col 5 "This retry loop catches"
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return service.createChatCompletion(request);
      } catch (@SuppressWarnings("unused") RuntimeException e) {
        System.err.println("retrying");
      }
    }
    throw new IllegalStateException("gave up");
  }
}

package dev.authlint.testdata.theokanning0;

import com.theokanning.openai.OpenAiService;
import com.theokanning.openai.completion.CompletionRequest;
import com.theokanning.openai.completion.CompletionResult;
import retrofit2.HttpException;

/**
 * TheoKanning's openai-java before 0.10: OpenAiService in the package root, and a bad key surfacing as
 * Retrofit's HttpException (there is no OpenAiHttpException yet).
 */
class TheoKanning0Calls {
  private final OpenAiService service = new OpenAiService(System.getenv("OPENAI_API_KEY"));

  CompletionResult complete(CompletionRequest request) {
    service.listModels(); // BUG: UnhandledAuthError "TheoKanning openai-java before 0.10 call to OpenAI fails with HttpException"
    return service.createCompletion(request); // BUG: UnhandledAuthError
  }

  CompletionResult handled(CompletionRequest request) {
    try {
      return service.createCompletion(request);
    } catch (HttpException e) {
      throw new IllegalStateException("OpenAI rejected the request: HTTP " + e.code(), e);
    }
  }
}

package dev.authlint.core.rules.testdata.unhandled;

import com.azure.ai.openai.OpenAIAsyncClient;
import com.azure.ai.openai.OpenAIClient;
import com.azure.ai.openai.OpenAIClientBuilder;
import com.azure.ai.openai.models.ChatCompletionsOptions;
import com.azure.core.credential.AzureKeyCredential;
import com.azure.core.exception.ClientAuthenticationException;
import com.azure.core.exception.HttpResponseException;
import com.theokanning.openai.OpenAiHttpException;
import com.theokanning.openai.completion.chat.ChatCompletionRequest;
import com.theokanning.openai.service.OpenAiService;
import io.github.sashirestela.openai.SimpleOpenAI;
import io.github.sashirestela.openai.domain.chat.ChatRequest;
import java.util.concurrent.CompletionException;

/** Azure OpenAI, TheoKanning openai-java and simple-openai. */
class OtherSdkCalls {
  private final OpenAIClient azure =
      new OpenAIClientBuilder()
          .endpoint("https://example.openai.azure.com")
          .credential(new AzureKeyCredential(System.getenv("AZURE_OPENAI_API_KEY")))
          .buildClient();
  private final OpenAiService theo = new OpenAiService(System.getenv("OPENAI_TOKEN"));
  private final SimpleOpenAI simple = SimpleOpenAI.builder().apiKey(System.getenv("OPENAI_API_KEY")).build();

  void azureUnhandled(ChatCompletionsOptions options, OpenAIAsyncClient asyncAzure) {
    azure.getChatCompletions("gpt-4o", options); // BUG: UnhandledAuthError
    new OpenAIClientBuilder().buildClient().getChatCompletions("gpt-4o", options); // BUG: UnhandledAuthError
    asyncAzure.getChatCompletions("gpt-4o", options).block(); // BUG: UnhandledAuthError
    asyncAzure.getChatCompletions("gpt-4o", options).subscribe(); // BUG: UnhandledAuthError
  }

  void azureHandled(ChatCompletionsOptions options, OpenAIAsyncClient asyncAzure) {
    try {
      azure.getChatCompletions("gpt-4o", options);
    } catch (ClientAuthenticationException e) {
      System.err.println("bad key");
    }
    try {
      azure.getChatCompletions("gpt-4o", options);
    } catch (HttpResponseException e) {
      System.err.println(e.getResponse().getStatusCode());
    }
    asyncAzure.getChatCompletions("gpt-4o", options)
        .doOnError(e -> System.err.println("failed"))
        .subscribe();
    asyncAzure.getChatCompletions("gpt-4o", options)
        .subscribe(c -> System.out.println(c.getId()), e -> System.err.println("failed"));
  }

  void theoKanning(ChatCompletionRequest request) {
    theo.createChatCompletion(request); // BUG: UnhandledAuthError
    theo.listModels(); // BUG: UnhandledAuthError
    try {
      theo.createChatCompletion(request);
    } catch (OpenAiHttpException e) {
      System.err.println(e.statusCode == 401 ? "bad key" : "failed");
    }
  }

  void simpleOpenAi(ChatRequest request) {
    simple.chatCompletions().create(request).join(); // BUG: UnhandledAuthError
    simple.chatCompletions().create(request).thenAccept(System.out::println); // BUG: UnhandledAuthError
    try {
      simple.chatCompletions().create(request).join();
    } catch (CompletionException e) {
      System.err.println("failed: " + e.getCause());
    }
    simple.models().getList().exceptionally(e -> null);
  }
}

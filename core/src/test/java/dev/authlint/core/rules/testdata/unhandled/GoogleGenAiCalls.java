package dev.authlint.core.rules.testdata.unhandled;

import com.google.genai.Chat;
import com.google.genai.Client;
import com.google.genai.Models;
import com.google.genai.errors.ApiException;
import com.google.genai.errors.ClientException;
import com.google.genai.types.GenerateContentResponse;
import java.util.concurrent.CompletableFuture;

/** Google GenAI: services are public fields of the client (client.models), not accessor methods. */
class GoogleGenAiCalls {
  private final Client client = Client.builder().apiKey(System.getenv("GOOGLE_API_KEY")).build();

  String unhandled() {
    return client.models.generateContent("gemini-2.5-flash", "Hello", null).text(); // BUG: UnhandledAuthError "Google GenAI"
  }

  void cachesThroughAServiceVariable() {
    Models models = client.models;
    models.countTokens("gemini-2.5-flash", "Hello", null); // BUG: UnhandledAuthError
    client.caches.list(null); // BUG: UnhandledAuthError
  }

  String handledByItsType() {
    try {
      return client.models.generateContent("gemini-2.5-flash", "Hello", null).text();
    } catch (ClientException e) {
      return "The Gemini key was rejected: " + e.code();
    }
  }

  String handledBySupertype() {
    try {
      return client.models.generateContent("gemini-2.5-flash", "Hello", null).text();
    } catch (ApiException e) {
      return "Gemini failed: " + e.getMessage();
    }
  }

  String chatSession() {
    Chat chat = client.chats.create("gemini-2.5-flash"); // a local session: no request yet
    return chat.sendMessage("Hello").text(); // BUG: UnhandledAuthError
  }

  CompletableFuture<String> asyncHandled() {
    return client.async.models.generateContent("gemini-2.5-flash", "Hello", null)
        .thenApply(GenerateContentResponse::text)
        .exceptionally(e -> "Gemini failed: " + e.getMessage());
  }

  String notTheClient(java.util.Map<String, String> models) {
    return models.get("gemini");
  }
}

package dev.authlint.testdata.springai08;

// Spring AI 0.8 is not on Maven Central: this input is parsed, never compiled. Its API shapes
// (ChatClient.call, the *Client classes, OpenAiApi(baseUrl, token)) are those of the v0.8.1 tag of
// spring-projects/spring-ai and of the public projects that use it.

import org.springframework.ai.chat.ChatClient;
import org.springframework.ai.chat.ChatResponse;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.embedding.EmbeddingClient;
import org.springframework.ai.image.ImageClient;
import org.springframework.ai.image.ImagePrompt;
import org.springframework.ai.ollama.OllamaChatClient;
import org.springframework.ai.ollama.api.OllamaApi;
import org.springframework.ai.openai.OpenAiAudioTranscriptionClient;
import org.springframework.ai.openai.OpenAiChatClient;
import org.springframework.ai.openai.api.OpenAiApi;
import org.springframework.ai.openai.api.OpenAiAudioApi;
import org.springframework.ai.openai.audio.transcription.AudioTranscriptionPrompt;
import org.springframework.ai.retry.NonTransientAiException;
import org.springframework.core.io.Resource;

class SpringAi08Calls {
  private final ChatClient chatClient;
  private final OpenAiChatClient openAiChatClient;
  private final EmbeddingClient embeddingClient;
  private final ImageClient imageClient;

  SpringAi08Calls(ChatClient chatClient, EmbeddingClient embeddingClient, ImageClient imageClient) {
    this.chatClient = chatClient;
    this.embeddingClient = embeddingClient;
    this.imageClient = imageClient;
    this.openAiChatClient = new OpenAiChatClient(new OpenAiApi("https://api.openai.com", System.getenv("OPENAI_API_KEY")));
  }

  String chat(String question) {
    openAiChatClient.call(new Prompt(question)); // BUG: UnhandledAuthError "Spring AI 0.8 call to OpenAI fails with NonTransientAiException"
    return chatClient.call(question); // BUG: UnhandledAuthError
  }

  void embeddingsAndImages(ImagePrompt picture) {
    embeddingClient.embed("text"); // BUG: UnhandledAuthError
    imageClient.call(picture); // BUG: UnhandledAuthError
  }

  void audio(OpenAiAudioTranscriptionClient transcriptions, OpenAiAudioApi audioApi, Resource audio,
      OpenAiAudioApi.SpeechRequest speech) {
    transcriptions.call(new AudioTranscriptionPrompt(audio)); // BUG: UnhandledAuthError
    audioApi.createSpeech(speech); // BUG: UnhandledAuthError
  }

  String local(String question) {
    OllamaChatClient ollama = new OllamaChatClient(new OllamaApi("http://ollama:11434"));
    return ollama.call(question);
  }

  ChatResponse handled(Prompt prompt) {
    try {
      return chatClient.call(prompt);
    } catch (NonTransientAiException e) {
      throw new IllegalStateException("The model provider rejected the request: " + e.getMessage(), e);
    }
  }
}

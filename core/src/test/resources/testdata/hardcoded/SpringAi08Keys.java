package app;

// Spring AI 0.8 is not on Maven Central, so this input cannot be compiled: it is only parsed.
import org.springframework.ai.mistralai.api.MistralAiApi;
import org.springframework.ai.openai.OpenAiChatClient;
import org.springframework.ai.openai.api.OpenAiApi;
import org.springframework.ai.openai.api.OpenAiAudioApi;
import org.springframework.ai.openai.api.OpenAiImageApi;
import org.springframework.web.client.RestClient;

/** Spring AI 0.8 built its clients with new, the key as a positional constructor parameter. */
class SpringAi08Keys {
  OpenAiChatClient proxied() {
    OpenAiApi api = new OpenAiApi("https://api.openai-proxy.example", "@@PROXY_KEY@@"); // BUG: HardcodedApiKey [error]
    return new OpenAiChatClient(api);
  }

  OpenAiApi withRestClient() {
    return new OpenAiApi(
        "https://api.deepseek.com",
        "@@DEEPSEEK_KEY@@", // BUG: HardcodedApiKey [error]
        RestClient.builder());
  }

  OpenAiApi tokenOnly() {
    return new OpenAiApi("team-token-7f6e5d4c"); // BUG: HardcodedApiKey [warning]
  }

  OpenAiImageApi images() {
    return new OpenAiImageApi("img-token-3k4j5h6g"); // BUG: HardcodedApiKey [warning]
  }

  OpenAiAudioApi audio() {
    return new OpenAiAudioApi("@@PROXY_KEY2@@"); // BUG: HardcodedApiKey [error]
  }

  MistralAiApi mistral() {
    return new MistralAiApi("@@MISTRAL_KEY@@"); // BUG: HardcodedApiKey [error]
  }

  OpenAiApi fromEnvironment() {
    return new OpenAiApi("https://api.openai.com", System.getenv("OPENAI_API_KEY"));
  }

  OpenAiApi placeholder() {
    return new OpenAiApi("https://api.openai.com", "sk-xxxxxxxxxxxxxxxxxxxxxxxx");
  }
}

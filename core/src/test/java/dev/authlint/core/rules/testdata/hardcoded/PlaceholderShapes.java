package dev.authlint.core.rules.testdata.hardcoded;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;

/**
 * Stand-ins told by their shape, in any language: words, spaces, non-ASCII, brackets, elisions, runs and
 * counting. None is reported, except where a real key hides in one: its format wins.
 */
class PlaceholderShapes {
  OpenAIClient client(String key) {
    return OpenAIOkHttpClient.builder().apiKey(key).build();
  }

  void stubs() {
    client("Insira sua chave aqui"); // Portuguese
    client("chave da API");
    client("您的密钥"); // Chinese
    client("ваш ключ"); // Russian
    client("<ваш-ключ>");
    client("Ihr-API-Schlüssel"); // German
    client("dein-schluessel-hier");
    client("votre-clé-api"); // French
    client("tu-clave-de-api-aqui"); // Spanish
    client("あなたのAPIキー"); // Japanese
    client("{azure-open-ai-key}");
    client("BAD KEY");
    client("runtime-probe");
    client("lm-studio");
    client("YOUR_API_KEY");
    client("InsertYourOpenAiApiKeyHere");
    client("xxxxxxxxxxxxxxxx");
    client("sk-proj-...");
    client("aaaaaaaaaaaaaaaa");
    client("1234567890123456");
    client("sk-abcdef123456");
    client("does not matter");
    client("override-key");
    client("banana");
  }

  void realKeyInAPlaceholderLook() {
    client("paste your key here, e.g. @@GROQ_KEY@@ (do not share)"); // BUG: HardcodedApiKey [error]
  }
}

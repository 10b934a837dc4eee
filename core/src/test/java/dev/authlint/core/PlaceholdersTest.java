package dev.authlint.core;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.authlint.core.catalog.Placeholders;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceholdersTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "sk-...",
        "sk-xxxx",
        "sk-xxxxxxxxxxxxxxxxxxxx",
        "your-key-here",
        "${OPENAI_API_KEY}",
        "${spring.ai.openai.api-key}",
        "{{ api_key }}",
        "<OPENAI_API_KEY>",
        "demo",
        "changeme",
        "REPLACE_ME",
        "dummy",
        "not-a-real-key",
        "sk-proj-****",
        "sk-1234",
        "sk-ant-api03-...",
        "abc",
        "Bearer ${TOKEN}",
        "$OPENAI_API_KEY",
        "test-key",
        "redacted",
        // by shape, in any language
        "Insira sua chave aqui",
        "chave da API",
        "{azure-open-ai-key}",
        "BAD KEY",
        "runtime-probe",
        "您的密钥",
        "ваш ключ",
        "Ihr-API-Schlüssel",
        "votre_clé_api",
        "tu-clave-aqui",
        "あなたのAPIキー",
        "lm-studio",
        "YOUR_API_KEY",
        "InsertYourOpenAiApiKeyHere",
        "xxxxxxxxxxxxxxxxxxxx",
        "aaaaaaaaaaaaaaaa",
        "1234567890123456",
        "abcdefgh12",
        "#{systemEnvironment['KEY']}",
        "%s-key-%s"
      })
  void standIns(String value) {
    assertWithMessage(value).that(Placeholders.isPlaceholder(value)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "prod-key-4f9c2a81d7",
        "team-3f9a8c2e7b1d",
        "0a9b8c7d6e5f4a3b2c1d",
        "sk-live-9f8e7d6c",
        "QpWmZxRtYvBnKjHgFd"
      })
  void literalValues(String value) {
    assertWithMessage(value).that(Placeholders.isPlaceholder(value)).isFalse();
  }
}

package dev.authlint.core.rules.testdata.retries;

/** The project's own class named like the SDK's client; its calls are not SDK requests. */
class OpenAIClient {
  String create(Object params) {
    return String.valueOf(params);
  }
}

package dev.authlint.core.rules.testdata.hardcoded;

/**
 * No SDK and no key word in sight: a raw HTTP call to an OpenAI-compatible service with the key in its
 * Authorization header still gets this file read.
 */
class KeysInPlainHttp {
  static final class Request {
    Request url(String url) {
      return this;
    }

    Request addHeader(String name, String value) {
      return this;
    }
  }

  Request chat() {
    return new Request()
        .url("https://api.deepseek.com/chat/completions")
        .addHeader("Authorization", "Bearer @@DEEPSEEK_KEY@@"); // BUG: HardcodedApiKey [error]
  }
}

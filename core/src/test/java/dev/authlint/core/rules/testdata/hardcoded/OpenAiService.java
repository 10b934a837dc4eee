package dev.authlint.core.rules.testdata.hardcoded;

/** The project's own class named like TheoKanning's client; its constructor takes no key. */
class OpenAiService {
  private final String name;

  OpenAiService(String name) {
    this.name = name;
  }

  String name() {
    return name;
  }
}

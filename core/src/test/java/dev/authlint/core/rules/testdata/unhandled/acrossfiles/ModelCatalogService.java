package dev.authlint.core.rules.testdata.unhandled.acrossfiles;

import org.springframework.stereotype.Service;

/** Calls the client it inherits; its only caller serves a request no exception handler covers for it. */
@Service
public class ModelCatalogService extends BaseClient {
  public int count() {
    openAi.models().list(); // BUG: UnhandledAuthError "OpenAI Java SDK call fails with UnauthorizedException"
    return 1;
  }
}

package dev.authlint.samples.springservice;

import org.springframework.stereotype.Service;

/** Calls the client it inherits; its only caller serves a request no exception handler covers for it. */
@Service
public class ModelCatalogService extends BaseClient {
  public int count() {
    openAi.models().list();
    return 1;
  }
}

package dev.authlint.samples.springservice;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ModelCatalogController {
  private final ModelCatalogService models;

  ModelCatalogController(ModelCatalogService models) {
    this.models = models;
  }

  @GetMapping("/models")
  int models() {
    return models.count();
  }
}

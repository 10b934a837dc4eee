package dev.authlint.core.rules.testdata.unhandled.ondemand.web;

import dev.authlint.core.rules.testdata.unhandled.ondemand.service.*;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Names the service through an on-demand import of its package, and handles every failure. */
@RestController
class AskController {
  private final Answers answers;

  AskController(Answers answers) {
    this.answers = answers;
  }

  @PostMapping("/ask")
  String ask(String question) {
    try {
      return answers.ask(question);
    } catch (RuntimeException e) {
      return "The assistant is unavailable: " + e.getMessage();
    }
  }
}

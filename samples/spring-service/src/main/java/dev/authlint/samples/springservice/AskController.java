package dev.authlint.samples.springservice;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Request handlers: what they let through reaches ApiErrors, which handles LangChain4j's 401. */
@RestController
class AskController {
  private final Assistant assistant;
  private final ChatGateway gateway;

  AskController(Assistant assistant, ChatGateway gateway) {
    this.assistant = assistant;
    this.gateway = gateway;
  }

  @GetMapping("/ask")
  String ask(@RequestParam String question) {
    return assistant.chat(question);
  }

  @GetMapping("/summary")
  String summary(@RequestParam String text) {
    return gateway.complete(text);
  }
}

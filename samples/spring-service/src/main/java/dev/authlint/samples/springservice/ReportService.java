package dev.authlint.samples.springservice;

import org.springframework.stereotype.Service;

@Service
class ReportService {
  private final ChatGateway gateway;

  ReportService(ChatGateway gateway) {
    this.gateway = gateway;
  }

  String report(String text) {
    try {
      return gateway.complete(text);
    } catch (RuntimeException e) {
      return "The summary is unavailable: " + e.getMessage();
    }
  }
}

package dev.authlint.core.report;

import dev.authlint.core.AnalysisResult;
import dev.authlint.core.Diagnostic;
import dev.authlint.core.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Checkstyle's XML report format, which Jenkins, GitLab and many CI tools read. A file that could
 * not be analysed gets an error whose source is {@code authlint.FileNotAnalysed}.
 */
final class CheckstyleReport {
  private CheckstyleReport() {}

  static void write(AnalysisResult result, Writer out) throws IOException {
    Map<String, List<String[]>> byFile = new TreeMap<>();
    for (Finding f : result.findings()) {
      byFile
          .computeIfAbsent(f.path(), p -> new ArrayList<>())
          .add(
              new String[] {
                String.valueOf(f.line()),
                String.valueOf(f.column()),
                f.level().lowerCase(),
                f.message(),
                "authlint." + f.ruleId()
              });
    }
    for (Diagnostic d : result.diagnostics()) {
      byFile
          .computeIfAbsent(d.path(), p -> new ArrayList<>())
          .add(
              new String[] {
                String.valueOf(Math.max(1, d.line())),
                "1",
                d.level().lowerCase(),
                d.message(),
                d.notAnalysed() ? "authlint.FileNotAnalysed" : "authlint.Suppression"
              });
    }
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("checkstyle");
      xml.writeAttribute("version", "10.0");
      for (Map.Entry<String, List<String[]>> file : byFile.entrySet()) {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("file");
        xml.writeAttribute("name", file.getKey());
        for (String[] e : file.getValue()) {
          xml.writeCharacters("\n    ");
          xml.writeEmptyElement("error");
          xml.writeAttribute("line", e[0]);
          xml.writeAttribute("column", e[1]);
          xml.writeAttribute("severity", e[2]);
          xml.writeAttribute("message", e[3]);
          xml.writeAttribute("source", e[4]);
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
    } catch (XMLStreamException e) {
      throw new IOException("could not write the Checkstyle XML report", e);
    }
  }
}

package dev.authlint.checkstyle;

import com.puppycrawl.tools.checkstyle.AbstractAutomaticBean.OutputStreamOptions;
import com.puppycrawl.tools.checkstyle.Checker;
import com.puppycrawl.tools.checkstyle.ConfigurationLoader;
import com.puppycrawl.tools.checkstyle.PropertiesExpander;
import com.puppycrawl.tools.checkstyle.XMLLogger;
import com.puppycrawl.tools.checkstyle.api.CheckstyleException;
import com.puppycrawl.tools.checkstyle.api.Configuration;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Runs Checkstyle's own {@link Checker} on files and reads back its XML report. */
final class CheckstyleRun {
  /** One {@code <error>} of the XML report. */
  record Event(String file, int line, int column, String severity, String message, String source) {
    /** The module's simple class name, e.g. {@code HardcodedApiKeyCheck}. */
    String check() {
      return source.substring(source.lastIndexOf('.') + 1);
    }
  }

  /** The report and the raw XML it came from (for leak checks). */
  record Report(List<Event> events, String xml) {}

  private CheckstyleRun() {}

  static Configuration configuration(String resource, Properties properties)
      throws CheckstyleException {
    String path = new File(CheckstyleRun.class.getResource(resource).getFile()).getPath();
    return ConfigurationLoader.loadConfiguration(path, new PropertiesExpander(properties));
  }

  static Report run(Configuration configuration, List<Path> files) throws Exception {
    ByteArrayOutputStream xml = new ByteArrayOutputStream();
    Checker checker = new Checker();
    checker.setModuleClassLoader(CheckstyleRun.class.getClassLoader());
    checker.configure(configuration);
    checker.addListener(new XMLLogger(xml, OutputStreamOptions.CLOSE));
    try {
      List<File> list = new ArrayList<>();
      files.forEach(f -> list.add(f.toFile()));
      checker.process(list);
    } finally {
      checker.destroy();
    }
    return new Report(parse(xml.toByteArray()), xml.toString(StandardCharsets.UTF_8));
  }

  private static List<Event> parse(byte[] xml) throws Exception {
    Document document =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml));
    List<Event> events = new ArrayList<>();
    NodeList files = document.getElementsByTagName("file");
    for (int i = 0; i < files.getLength(); i++) {
      Element file = (Element) files.item(i);
      NodeList errors = file.getElementsByTagName("error");
      for (int j = 0; j < errors.getLength(); j++) {
        Element error = (Element) errors.item(j);
        events.add(
            new Event(
                file.getAttribute("name"),
                Integer.parseInt(error.getAttribute("line")),
                error.getAttribute("column").isEmpty()
                    ? 0
                    : Integer.parseInt(error.getAttribute("column")),
                error.getAttribute("severity"),
                error.getAttribute("message"),
                error.getAttribute("source")));
      }
    }
    return events;
  }
}

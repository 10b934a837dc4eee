package dev.authlint.checkstyle;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.puppycrawl.tools.checkstyle.PackageNamesLoader;
import com.puppycrawl.tools.checkstyle.PackageObjectFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What IDE plugins read from the jar: short names, messages and the eclipse-cs metadata. */
class PackagingTest {
  private static final List<String> CHECKS =
      List.of(
          "HardcodedApiKey",
          "KeySetAfterClientInit",
          "UnhandledAuthError",
          "RetriesAuthError",
          "MisspelledKeyVariable",
          "CrossProviderKey",
          "MalformedKeySource",
          "ApiKeyInLog");
  private final ClassLoader loader = getClass().getClassLoader();

  @Test
  void shortNamesCreateOurChecks() throws Exception {
    PackageObjectFactory factory =
        new PackageObjectFactory(PackageNamesLoader.getPackageNames(loader), loader);
    for (String name : CHECKS) {
      assertThat(factory.createModule(name).getClass().getName())
          .isEqualTo("dev.authlint.checkstyle." + name + "Check");
    }
  }

  @Test
  void eclipseMetadataNamesEveryCheckWithItsPropertiesAndMessages() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    // The DTD is eclipse-cs's own; it is not fetched here.
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    Document document;
    try (InputStream in = resource("dev/authlint/checkstyle/checkstyle-metadata.xml")) {
      document = factory.newDocumentBuilder().parse(in);
    }
    Properties texts = properties("dev/authlint/checkstyle/checkstyle-metadata.properties");
    Properties messages = properties("dev/authlint/checkstyle/messages.properties");

    NodeList rules = document.getElementsByTagName("rule-metadata");
    List<String> names = new ArrayList<>();
    for (int i = 0; i < rules.getLength(); i++) {
      Element rule = (Element) rules.item(i);
      names.add(rule.getAttribute("internal-name"));
      assertThat(rule.getAttribute("parent")).isEqualTo("Checker");
      Class<?> check =
          Class.forName(
              ((Element) rule.getElementsByTagName("alternative-name").item(0))
                  .getAttribute("internal-name"));
      assertThat(AuthlintCheck.class.isAssignableFrom(check)).isTrue();
      NodeList properties = rule.getElementsByTagName("property-metadata");
      for (int j = 0; j < properties.getLength(); j++) {
        String property = ((Element) properties.item(j)).getAttribute("name");
        String setter = "set" + Character.toUpperCase(property.charAt(0)) + property.substring(1);
        assertWithMessage("setter for %s", property)
            .that(List.of(check.getMethods()).stream().anyMatch(m -> m.getName().equals(setter)))
            .isTrue();
      }
      NodeList keys = rule.getElementsByTagName("message-key");
      for (int j = 0; j < keys.getLength(); j++) {
        assertThat(messages).containsKey(((Element) keys.item(j)).getAttribute("key"));
      }
    }
    assertThat(names).containsExactlyElementsIn(CHECKS);

    Matcher placeholders =
        Pattern.compile("%([\\w.]+)")
            .matcher(readAll("dev/authlint/checkstyle/checkstyle-metadata.xml"));
    while (placeholders.find()) {
      assertThat(texts).containsKey(placeholders.group(1));
    }
  }

  private InputStream resource(String name) {
    InputStream in = loader.getResourceAsStream(name);
    assertWithMessage("resource %s", name).that(in).isNotNull();
    return in;
  }

  private Properties properties(String name) throws Exception {
    Properties properties = new Properties();
    try (InputStream in = resource(name)) {
      properties.load(in);
    }
    return properties;
  }

  private String readAll(String name) throws Exception {
    try (InputStream in = resource(name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }
}

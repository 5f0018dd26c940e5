package dev.diplomacy.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The BOM (module {@code bom}) lists every published library of the build, each at the build's
 * version, and is itself at that version: it has no parent to inherit the version from.
 */
class BomTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void listsEveryPublishedLibraryAtTheBuildsVersion() throws Exception {
    Document parent = read(ROOT.resolve("pom.xml"));
    Document bom = read(ROOT.resolve("bom/pom.xml"));
    String version = child(parent.getDocumentElement(), "version");

    assertThat(child(bom.getDocumentElement(), "version")).isEqualTo(version);
    List<String> listed = new ArrayList<>();
    NodeList dependencies = bom.getElementsByTagName("dependency");
    for (int i = 0; i < dependencies.getLength(); i++) {
      Element d = (Element) dependencies.item(i);
      assertThat(child(d, "groupId")).isEqualTo("dev.diplomacy");
      assertThat(child(d, "version")).as(child(d, "artifactId")).isEqualTo(version);
      listed.add(child(d, "artifactId"));
    }
    // The published libraries are the modules with a module descriptor (core, json, interop...),
    // and spark and the Spring Boot starters, which have none: Spark and Spring run on the class
    // path.
    assertThat(new TreeSet<>(listed)).isEqualTo(libraries()).contains("diplomacy-core");
    assertThat(listed).doesNotHaveDuplicates();
  }

  private static TreeSet<String> libraries() throws IOException {
    TreeSet<String> names = new TreeSet<>();
    try (Stream<Path> modules = Files.list(ROOT)) {
      modules
          .filter(m -> Files.isRegularFile(m.resolve("src/main/java/module-info.java")))
          .forEach(m -> names.add("diplomacy-" + m.getFileName()));
    }
    names.add("diplomacy-spark");
    names.add("diplomacy-spring-boot-common");
    names.add("diplomacy-spring-boot-starter");
    names.add("diplomacy-spring-boot3-starter");
    return names;
  }

  private static Document read(Path pom) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(pom.toFile());
  }

  /** The text of the first child element of {@code e} named {@code name}. */
  private static String child(Element e, String name) {
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c && c.getTagName().equals(name)) {
        return c.getTextContent().trim();
      }
    }
    throw new AssertionError("no <" + name + "> in <" + e.getTagName() + ">");
  }
}

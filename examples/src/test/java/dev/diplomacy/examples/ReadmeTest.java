package dev.diplomacy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.events.EventKind;
import dev.diplomacy.core.render.MermaidGraph;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/** The README tells the truth: its graph is what the code draws, and its Java compiles and runs. */
class ReadmeTest {

  static final Path README = Path.of("..", "README.md");

  static String readme() throws IOException {
    return Files.readString(README, StandardCharsets.UTF_8);
  }

  @Test
  void theGraphInTheReadmeIsWhatTheCodeDraws() throws IOException {
    Matcher m =
        Pattern.compile(
                "<!-- mermaid:reference-article -->\n```mermaid\n(.*?)```\n<!-- /mermaid:reference-article -->",
                Pattern.DOTALL)
            .matcher(readme());
    assertThat(m.find())
        .as("the README has the reference article's graph between its markers")
        .isTrue();
    assertThat(m.group(1)).isEqualTo(MermaidGraph.of(ReferenceArticleDossier.dossier()));
  }

  @Test
  void theTableOfTypesNamesEveryKindOfEvent() throws IOException {
    Matcher row = Pattern.compile("(?m)^\\| events \\| `Event` = (.*?) \\| ").matcher(readme());
    assertThat(row.find()).as("the README's table of types has a row of events").isTrue();
    List<String> named = new ArrayList<>();
    Matcher type = Pattern.compile("`(\\w+)`").matcher(row.group(1));
    while (type.find()) {
      named.add(type.group(1));
    }
    assertThat(named)
        .containsExactlyElementsOf(
            Arrays.stream(EventKind.values()).map(k -> k.type().getSimpleName()).toList());
  }

  /**
   * Every ```java block compiles, as statements in a method (or, for a block that declares a
   * method, as a member of a class), with the library's packages imported. A block may opt out only
   * with a marker naming why, on the line before it: {@code <!-- not compiled: ... -->}.
   */
  @Test
  void everyJavaBlockInTheReadmeCompiles() throws IOException {
    List<String> blocks = javaBlocks(readme());
    assertThat(blocks).isNotEmpty();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    for (int i = 0; i < blocks.size(); i++) {
      String block = blocks.get(i);
      boolean member =
          block.contains("@Bean") || block.matches("(?s)\\s*\\w[\\w<>, ]* \\w+\\(\\) \\{.*");
      String source =
          IMPORTS
              + "class Snippet"
              + i
              + " {\n"
              + (member ? block : "void run() throws Exception {\n" + block + "\n}")
              + "\n}\n";
      StringWriter out = new StringWriter();
      JavaFileObject file =
          new SimpleJavaFileObject(
              URI.create("string:///Snippet" + i + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
              return source;
            }
          };
      Path classes = Files.createTempDirectory("readme-snippets");
      boolean ok =
          javac
              .getTask(
                  out,
                  null,
                  null,
                  List.of(
                      "-classpath",
                      System.getProperty("java.class.path"),
                      "-d",
                      classes.toString(),
                      "-proc:none"),
                  null,
                  List.of(file))
              .call();
      assertThat(ok).as("README java block %d:%n%s%n%s", i + 1, block, out).isTrue();
      if (!member) {
        run(classes, "Snippet" + i);
      }
    }
  }

  /** Runs a compiled block with assertions on, so that its {@code assert}s are checked too. */
  private static void run(Path classes, String name) {
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {classes.toUri().toURL()}, ReadmeTest.class.getClassLoader())) {
      loader.setDefaultAssertionStatus(true);
      Class<?> snippet = loader.loadClass(name);
      Constructor<?> make = snippet.getDeclaredConstructor();
      make.setAccessible(true);
      Method run = snippet.getDeclaredMethod("run");
      run.setAccessible(true);
      run.invoke(make.newInstance());
    } catch (InvocationTargetException e) {
      throw new AssertionError("README block " + name + " failed when run", e.getCause());
    } catch (IOException | ReflectiveOperationException e) {
      throw new AssertionError("README block " + name + " could not be run", e);
    }
  }

  static List<String> javaBlocks(String markdown) {
    List<String> blocks = new ArrayList<>();
    Matcher m =
        Pattern.compile("(?m)^(<!-- not compiled: [^>]+ -->\n)?```java\n(.*?)^```", Pattern.DOTALL)
            .matcher(markdown);
    while (m.find()) {
      if (m.group(1) == null) {
        blocks.add(m.group(2));
      }
    }
    return blocks;
  }

  static final String IMPORTS =
      String.join(
          "\n",
          "import dev.diplomacy.core.*;",
          "import dev.diplomacy.core.actors.*;",
          "import dev.diplomacy.core.analysis.*;",
          "import dev.diplomacy.core.codes.*;",
          "import dev.diplomacy.core.dossier.*;",
          "import dev.diplomacy.core.events.*;",
          "import dev.diplomacy.core.geography.*;",
          "import dev.diplomacy.core.relations.*;",
          "import dev.diplomacy.core.render.*;",
          "import dev.diplomacy.core.sources.*;",
          "import dev.diplomacy.core.time.*;",
          "import dev.diplomacy.core.validation.*;",
          "import dev.diplomacy.json.*;",
          "import dev.diplomacy.json.format.*;",
          "import dev.diplomacy.jackson2.DiplomacyJackson2;",
          "import dev.diplomacy.jackson2.DiplomacyJackson2Module;",
          "import com.fasterxml.jackson.databind.ObjectMapper;",
          "import tools.jackson.databind.JacksonModule;",
          "import tools.jackson.databind.json.JsonMapper;",
          "import java.util.*;",
          "import java.util.stream.*;",
          "",
          "");
}

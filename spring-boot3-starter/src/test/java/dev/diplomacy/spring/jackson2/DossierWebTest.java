package dev.diplomacy.spring.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.jackson2.DiplomacyJackson2;
import dev.diplomacy.json.format.DiplomacyJsonException;
import dev.diplomacy.json.format.Problem;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A Spring Boot 3 web application with only the starter added: it serves the reference article's
 * dossier as the Jackson 2 binding writes it, to the byte, accepts it, and answers a bad body with
 * its problems. One context, through MockMvc.
 */
@SpringBootTest(classes = DossierWebTest.Application.class)
@AutoConfigureMockMvc
class DossierWebTest {

  /** Two problems: an actor's country that is not ISO 3166-1 alpha-2, and an unknown property. */
  private static final String BAD =
      "{\n"
          + "  \"formatVersion\": \"1.1\",\n"
          + "  \"actors\": [\n"
          + "    {\"type\": \"state\", \"id\": \"cuba\", \"name\": {\"text\": \"Cuba\"},"
          + " \"country\": \"CUB\"}\n"
          + "  ],\n"
          + "  \"motto\": \"Patria o muerte\"\n"
          + "}\n";

  private static final ObjectMapper PLAIN = new ObjectMapper();

  @Autowired MockMvc mvc;

  @Test
  void servesTheReferenceDossierAsTheJackson2BindingWritesIt() throws Exception {
    MvcResult result = mvc.perform(get("/dossiers/reference")).andReturn();

    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
        .isEqualTo(DiplomacyJackson2.strict().write(ReferenceDossier.dossier()));
    assertThat(tree(result)).isEqualTo(PLAIN.readTree(ReferenceDossier.text()));
  }

  @Test
  void acceptsTheReferenceDossier() throws Exception {
    MvcResult result =
        mvc.perform(
                post("/dossiers")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(ReferenceDossier.text()))
            .andReturn();

    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    assertThat(result.getResponse().getContentAsString())
        .isEqualTo(ReferenceDossier.dossier().events().size() + " events");
  }

  @Test
  void answersABadBodyWithTheProblemsTheJackson2BindingFinds() throws Exception {
    DiplomacyJsonException expected = expectedProblems(BAD);
    assertThat(expected.codes()).contains("json.unknownProperty");
    assertThat(expected.problems()).hasSizeGreaterThanOrEqualTo(2);

    MvcResult result =
        mvc.perform(post("/dossiers").contentType(MediaType.APPLICATION_JSON).content(BAD))
            .andReturn();

    assertThat(result.getResponse().getStatus()).isEqualTo(400);
    assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
    JsonNode body = tree(result);
    assertThat(body.get("type").asText())
        .isEqualTo("https://diplomacy.dev/problems/invalid-document");
    assertThat(body.get("title").asText()).isEqualTo("Invalid JSON document");
    assertThat(body.get("status").asInt()).isEqualTo(400);
    assertThat(body.get("instance").asText()).isEqualTo("/dossiers");
    JsonNode problems = body.get("problems");
    assertThat(problems.size()).isEqualTo(expected.problems().size());
    for (int i = 0; i < problems.size(); i++) {
      Problem p = expected.problems().get(i);
      JsonNode answered = problems.get(i);
      assertThat(answered.get("pointer").asText()).isEqualTo(p.pointer());
      assertThat(answered.get("code").asText()).isEqualTo(p.code());
      assertThat(answered.get("message").asText()).isEqualTo(p.message());
      assertThat(answered.has("line")).isEqualTo(p.line().isPresent());
      if (p.line().isPresent()) {
        assertThat(answered.get("line").asInt()).isEqualTo(p.line().getAsInt());
      }
      assertThat(answered.has("column")).isEqualTo(p.column().isPresent());
      if (p.column().isPresent()) {
        assertThat(answered.get("column").asInt()).isEqualTo(p.column().getAsInt());
      }
    }
  }

  /**
   * A body that is not JSON at all fails in Jackson's parser, before the library's types are read:
   * Spring MVC answers it, as it answers any other body it cannot read.
   */
  @ParameterizedTest
  @ValueSource(strings = {"/notes", "/dossiers"})
  void leavesBrokenJsonAndOtherTypesToSpring(String path) throws Exception {
    MvcResult result =
        mvc.perform(
                post(path)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"formatVersion\": \"1.1\", \"actors\": [}"))
            .andReturn();

    assertThat(result.getResponse().getStatus()).isEqualTo(400);
    assertThat(result.getResponse().getContentAsString())
        .doesNotContain("invalid-document", "problems");
  }

  private static DiplomacyJsonException expectedProblems(String json) {
    try {
      DiplomacyJackson2.strict().read(json, Dossier.class);
    } catch (DiplomacyJsonException e) {
      return e;
    }
    throw new AssertionError("the bad body was read");
  }

  private static JsonNode tree(MvcResult result) throws Exception {
    return PLAIN.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
  }

  @SpringBootConfiguration
  @EnableAutoConfiguration
  @Import(DossierController.class)
  static class Application {}

  @RestController
  static class DossierController {

    @GetMapping("/dossiers/reference")
    Dossier reference() {
      return ReferenceDossier.dossier();
    }

    @PostMapping("/dossiers")
    String accept(@RequestBody Dossier dossier) {
      return dossier.events().size() + " events";
    }

    @PostMapping("/notes")
    Map<String, Object> note(@RequestBody Map<String, Object> note) {
      return note;
    }
  }
}

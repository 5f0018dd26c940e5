package dev.diplomacy.benchmarks.records;

import dev.diplomacy.benchmarks.records.Parts.Citation;
import dev.diplomacy.benchmarks.records.Parts.DateSpan;
import dev.diplomacy.core.relations.RelationshipKind;
import dev.diplomacy.core.sources.Certainty;
import dev.diplomacy.core.sources.SourceKind;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A dossier as a record: its actors, events, relationships and sources. */
public record DossierRecord(
    String formatVersion,
    @Nullable String title,
    @Nullable List<ActorRecord> actors,
    @Nullable List<EventRecord> events,
    @Nullable List<Relationship> relationships,
    @Nullable List<Source> sources) {

  /** A standing relationship. */
  public record Relationship(
      String id,
      @Nullable List<String> parties,
      RelationshipKind relationshipKind,
      @Nullable DateSpan span,
      @Nullable String periodDescription,
      @Nullable String basis,
      @Nullable List<Citation> citations,
      Certainty certainty,
      @Nullable String summary) {}

  /** A source. */
  public record Source(
      String id,
      @Nullable SourceKind sourceKind,
      @Nullable String publisher,
      @Nullable String distributor,
      @Nullable String title,
      @Nullable String url,
      @Nullable String published,
      @Nullable List<String> authors,
      @Nullable String language,
      @Nullable List<String> basedOn) {}
}

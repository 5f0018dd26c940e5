package dev.diplomacy.benchmarks.records;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.diplomacy.benchmarks.records.Parts.Name;
import dev.diplomacy.benchmarks.records.Parts.Position;
import dev.diplomacy.core.actors.OrganizationKind;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An actor as a record, one per kind, told apart by the {@code "type"} property. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = ActorRecord.Person.class, name = "person"),
  @JsonSubTypes.Type(value = ActorRecord.Organization.class, name = "organization"),
  @JsonSubTypes.Type(value = ActorRecord.State.class, name = "state")
})
public sealed interface ActorRecord {

  /** The actor's id. */
  String id();

  /** A person. */
  record Person(
      String id,
      Name name,
      @Nullable List<Name> otherNames,
      @Nullable List<String> externalIds,
      @Nullable String description,
      @Nullable String nationality,
      @Nullable List<Position> positions,
      @Nullable String born,
      @Nullable String died)
      implements ActorRecord {}

  /** An organisation. */
  record Organization(
      String id,
      Name name,
      @Nullable List<Name> otherNames,
      @Nullable List<String> externalIds,
      @Nullable String description,
      OrganizationKind organizationKind,
      @Nullable String country,
      @Nullable String parent)
      implements ActorRecord {}

  /** A state. */
  record State(
      String id,
      Name name,
      @Nullable List<Name> otherNames,
      @Nullable List<String> externalIds,
      @Nullable String description,
      String country)
      implements ActorRecord {}
}

package dev.diplomacy.json.format.internal;

import dev.diplomacy.core.dossier.DossierElement;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a dossier's NDJSON, each named by its {@code "type"}: an actor ({@code person},
 * {@code organization}, {@code state}), an event (its kind's name), a {@code source}, a {@code
 * relationship}, and the optional header ({@code dossier}), which is no element.
 *
 * <pre>{@code
 * {"type": "dossier", "formatVersion": "1.0", "title": "Cuba and North Korea"}
 * {"type": "state", "id": "cuba", "name": {"text": "Cuba"}, "country": "CU"}
 * {"type": "source", "id": "kcna-2018-07-09", "publisher": "kcna"}
 * {"type": "relationship", "id": "alliance", "parties": ["cuba", "north-korea"], ...}
 * {"type": "meeting", "id": "talks", ...}
 * }</pre>
 *
 * <p>The names of the families never meet: in lenient mode an unknown type is an opaque event, but
 * the names of actors, sources, relationships and the header are reserved in the family of events
 * (an event reader refuses such a line, never keeping it as an opaque event), and the core refuses
 * them as an opaque event's type name ({@code opaqueEvent.typeName.reserved}).
 */
public final class DossierElementCodec {

  private static final String HEADER =
      "the header of a dossier's NDJSON, which is no element (NdjsonDossierReader reads it)";

  /**
   * The kinds of every element but the opaque event: actors, the known events, sources,
   * relationships.
   */
  private static final List<ObjectCodec<? extends DossierElement, ?>> KINDS = kinds();

  /** Any element of a dossier on a line of its own; the header is reserved (not an element). */
  static final UnionCodec<DossierElement> CODEC = elements();

  /** Any line of a dossier's NDJSON: an element, or the header (a {@code Dossier}). */
  static final UnionCodec<Object> LINE = lines();

  private DossierElementCodec() {}

  private static List<ObjectCodec<? extends DossierElement, ?>> kinds() {
    List<ObjectCodec<? extends DossierElement, ?>> kinds =
        new ArrayList<>(List.of(ActorCodec.PERSON, ActorCodec.ORGANIZATION, ActorCodec.STATE));
    EventCodec.KINDS.stream().filter(k -> !k.keepsAnyTypeName()).forEach(kinds::add);
    kinds.add(SourceCodec.LINE);
    kinds.add(RelationshipCodec.LINE);
    return List.copyOf(kinds);
  }

  private static UnionCodec<DossierElement> elements() {
    UnionCodec.Builder<DossierElement> union = UnionCodec.builder(DossierElement.class);
    KINDS.forEach(union::kind);
    return union.opaque(EventCodec.OPAQUE).reserved(DossierCodec.HEADER_TYPE_NAME, HEADER).build();
  }

  private static UnionCodec<Object> lines() {
    UnionCodec.Builder<Object> union =
        UnionCodec.builder(Object.class).familyName("a line of a dossier's NDJSON");
    KINDS.forEach(union::kind);
    return union.opaque(EventCodec.OPAQUE).kind(DossierCodec.HEADER).build();
  }
}

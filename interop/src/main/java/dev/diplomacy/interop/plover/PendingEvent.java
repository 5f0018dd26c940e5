package dev.diplomacy.interop.plover;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.codes.PloverCategory;
import dev.diplomacy.core.geography.Place;
import dev.diplomacy.core.time.When;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A record that is imported, its event made when the ids of every actor and source are known. */
final class PendingEvent {

  /** A source being read: the facts that make it one. */
  record SourceKey(
      @Nullable String publication,
      @Nullable String title,
      @Nullable URI url,
      @Nullable String language) {}

  int index;
  int line;
  @Nullable String recordId;
  @Nullable String wantedId;
  PloverCategory category = PloverCategory.AGREE;
  String code = "";
  boolean codeGiven;
  @Nullable String mode;
  List<ActorBook.Entry> sources = List.of();
  List<ActorBook.Entry> recipients = List.of();
  @Nullable When when;
  @Nullable Place place;
  @Nullable SourceKey source;
  @Nullable String quote;
  @Nullable String label;
  @Nullable ExtensionValue eventText;
  final Map<String, ExtensionValue> extensions = new LinkedHashMap<>();
  @Nullable Id id;
}

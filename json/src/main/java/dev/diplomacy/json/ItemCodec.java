package dev.diplomacy.json;

import dev.diplomacy.core.events.ImmutableItem;
import dev.diplomacy.core.events.Item;

/**
 * {@code {"description": "AK-47 rifles", "quantity": 100000}}; the quantity exactly as written
 * ({@code 2.50}).
 */
final class ItemCodec {

  static final ObjectCodec<Item, ImmutableItem.Builder> CODEC =
      ObjectCodec.builder(Item.class, Item::builder, ImmutableItem.Builder::build)
          .required(
              "description", TextCodecs.TEXT, Item::description, ImmutableItem.Builder::description)
          .optional("quantity", Numbers.DECIMAL, Item::quantity, ImmutableItem.Builder::quantity)
          .optional("unit", TextCodecs.TEXT, Item::unit, ImmutableItem.Builder::unit)
          .extensions(Item::extensions, ImmutableItem.Builder::putAllExtensions)
          .build();

  private ItemCodec() {}
}

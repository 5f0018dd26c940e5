package dev.diplomacy.json.format.internal;

import dev.diplomacy.core.events.Item;

/**
 * {@code {"description": "AK-47 rifles", "quantity": 100000}}; the quantity exactly as written
 * ({@code 2.50}).
 */
public final class ItemCodec {

  static final ObjectCodec<Item, Item.Builder> CODEC =
      ObjectCodec.builder(Item.class, Item::builder, Item.Builder::build)
          .required("description", TextCodecs.TEXT, Item::description, Item.Builder::description)
          .optional("quantity", Numbers.DECIMAL, Item::quantity, Item.Builder::quantity)
          .optional("unit", TextCodecs.TEXT, Item::unit, Item.Builder::unit)
          .extensions(Item::extensions, Item.Builder::putAllExtensions)
          .build();

  private ItemCodec() {}
}

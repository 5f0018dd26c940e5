package dev.diplomacy.json.format.internal;

import dev.diplomacy.core.codes.PloverCategory;
import dev.diplomacy.core.codes.PloverMapping;

/**
 * {@code {"category": "consult", "mode": "visit", "contexts": ["diplomatic"]}}: the category in
 * lower snake case, as every enum of the format.
 */
public final class PloverMappingCodec {

  static final ObjectCodec<PloverMapping, PloverMapping.Builder> CODEC =
      ObjectCodec.builder(PloverMapping.class, PloverMapping::builder, PloverMapping.Builder::build)
          .required(
              "category",
              TextCodecs.enumeration(PloverCategory.class),
              PloverMapping::category,
              PloverMapping.Builder::category)
          .optional("mode", TextCodecs.TEXT, PloverMapping::mode, PloverMapping.Builder::mode)
          .list(
              "contexts",
              TextCodecs.TEXT,
              PloverMapping::contexts,
              PloverMapping.Builder::addContext)
          .extensions(PloverMapping::extensions, PloverMapping.Builder::putAllExtensions)
          .build();

  private PloverMappingCodec() {}
}

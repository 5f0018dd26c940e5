package dev.diplomacy.json.format.internal;

import static dev.diplomacy.json.format.internal.TextCodecs.enumeration;

import dev.diplomacy.core.geography.Area;
import dev.diplomacy.core.geography.AreaKind;

/**
 * {@code {"areaKind": "jointly_administered", "name": "Joint Security Area", "countries": ["KP",
 * "KR"], "administrators": ["united-nations-command", "state-kp"]}}.
 */
final class AreaCodec {

  static final ObjectCodec<Area, Area.Builder> CODEC =
      ObjectCodec.builder(Area.class, Area::builder, Area.Builder::build)
          .required("areaKind", enumeration(AreaKind.class), Area::areaKind, Area.Builder::areaKind)
          .optional("name", TextCodecs.TEXT, Area::name, Area.Builder::name)
          .list("countries", TextCodecs.COUNTRY, Area::countries, Area.Builder::addCountry)
          .list(
              "administrators", TextCodecs.ID, Area::administrators, Area.Builder::addAdministrator)
          .extensions(Area::extensions, Area.Builder::putAllExtensions)
          .build();

  private AreaCodec() {}
}

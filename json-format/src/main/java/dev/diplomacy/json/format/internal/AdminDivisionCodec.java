package dev.diplomacy.json.format.internal;

import dev.diplomacy.core.geography.AdminDivision;

/** {@code {"name": "State of Victoria"}}, {@code {"code": "USTX"}}, or both. */
public final class AdminDivisionCodec {

  static final ObjectCodec<AdminDivision, AdminDivision.Builder> CODEC =
      ObjectCodec.builder(AdminDivision.class, AdminDivision::builder, AdminDivision.Builder::build)
          .optional("name", TextCodecs.TEXT, AdminDivision::name, AdminDivision.Builder::name)
          .optional("code", TextCodecs.TEXT, AdminDivision::code, AdminDivision.Builder::code)
          .extensions(AdminDivision::extensions, AdminDivision.Builder::putAllExtensions)
          .build();

  private AdminDivisionCodec() {}
}

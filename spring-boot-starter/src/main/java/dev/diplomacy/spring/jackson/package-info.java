/**
 * The Spring Boot 4 starter of diplomacy's JSON binding on Jackson 3: {@link
 * dev.diplomacy.spring.jackson.DiplomacyJsonAutoConfiguration}; its settings, {@link
 * dev.diplomacy.spring.DiplomacyJsonProperties} ({@code diplomacy.json.*}), are the Boot 3
 * starter's too.
 */
@NullMarked
package dev.diplomacy.spring.jackson;

import org.jspecify.annotations.NullMarked;

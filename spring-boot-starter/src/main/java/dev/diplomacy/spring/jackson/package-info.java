/**
 * The Spring Boot 4 starter of diplomacy's JSON binding on Jackson 3: {@link
 * dev.diplomacy.spring.jackson.DiplomacyJsonAutoConfiguration} and its settings, {@link
 * dev.diplomacy.spring.jackson.DiplomacyJsonProperties} ({@code diplomacy.json.*}).
 */
@NullMarked
package dev.diplomacy.spring.jackson;

import org.jspecify.annotations.NullMarked;

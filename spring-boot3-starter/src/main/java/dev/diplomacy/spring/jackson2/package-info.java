/**
 * The Spring Boot 3 starter of diplomacy's JSON binding on Jackson 2: {@link
 * dev.diplomacy.spring.jackson2.DiplomacyJackson2AutoConfiguration}; its settings, {@link
 * dev.diplomacy.spring.DiplomacyJsonProperties} ({@code diplomacy.json.*}), are the Boot 4
 * starter's too.
 */
@NullMarked
package dev.diplomacy.spring.jackson2;

import org.jspecify.annotations.NullMarked;

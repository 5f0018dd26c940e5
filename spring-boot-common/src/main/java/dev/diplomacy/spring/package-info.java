/**
 * What diplomacy's Spring Boot starters share, whichever Jackson they bind: their settings, {@link
 * dev.diplomacy.spring.DiplomacyJsonProperties} ({@code diplomacy.json.*}); the problem+json answer
 * to a bad request body, {@link dev.diplomacy.spring.DiplomacyJsonProblemHandler} and {@link
 * dev.diplomacy.spring.ProblemResponses}; and the report of a failure to start, {@link
 * dev.diplomacy.spring.DiplomacyJsonStartupException}.
 */
@NullMarked
package dev.diplomacy.spring;

import org.jspecify.annotations.NullMarked;

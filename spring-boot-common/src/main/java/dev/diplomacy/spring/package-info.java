/**
 * What diplomacy's Spring Boot starters share, whichever Jackson they bind: {@link
 * dev.diplomacy.spring.ProblemResponses}, the problem+json answer to a bad request body.
 */
@NullMarked
package dev.diplomacy.spring;

import org.jspecify.annotations.NullMarked;

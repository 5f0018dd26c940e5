package dev.diplomacy.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the library. Every value type carries it; nobody repeats options.
 *
 * <p>{@code jdkOnly}: the generated code uses the JDK's collections even when Guava is on the class
 * path. {@code overshadowImplementation}: builders and {@code with*} copies return the abstract
 * type, so users never name the generated {@code Immutable*} classes. {@code typeWith}: each value
 * type may extend its generated {@code With*} interface, which puts {@code withX(...)} on the
 * abstract type. {@code allowedClasspathAnnotations}: the generated code carries no annotation that
 * Immutables finds on the class path, in particular not its own {@code @Generated}, which a
 * consumer's compiler would look for and warn about ({@code -Xlint:all}); {@code Override} is only
 * there because an empty list would allow them all.
 */
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    overshadowImplementation = true,
    typeWith = "With*",
    get = {"is*", "get*"},
    defaults = @Value.Immutable(copy = true),
    privateNoargConstructor = false,
    optionalAcceptNullable = false,
    depluralize = true,
    depluralizeDictionary = {
      "alias:aliases",
      "person:people",
      "party:parties",
      "signatory:signatories",
      "country:countries",
      "category:categories",
      "entry:entries"
    },
    allParameters = false,
    allowedClasspathAnnotations = Override.class)
public @interface DiplomacyStyle {}

package dev.diplomacy.core.internal;

import dev.diplomacy.core.validation.MissingAttributesException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the library. Every value type carries it; nobody repeats options.
 *
 * <p>{@code jdkOnly}: the generated code uses the JDK's collections even when Guava is on the class
 * path. {@code visibility = PACKAGE}: the generated {@code Immutable*} classes are package-private,
 * so the public face is the abstract types alone. Each value type declares its builder, {@code
 * public static final class Builder extends ImmutableX.Builder}, which the generated builder's
 * setters return: users name {@code Meeting.Builder}, never a generated class. The generated
 * builder stays public inside its package-private class, where no user can name it: javac before
 * Java 21 compiles a method reference such as {@code Meeting.Builder::addParticipant} against the
 * class that declares the method, which must then be accessible. {@code overshadowImplementation}:
 * builders and {@code with*} copies return the abstract type. {@code typeWith}: each value type
 * extends its generated {@code With*} interface, which puts {@code withX(...)} on the abstract
 * type. {@code allowedClasspathAnnotations}: the generated code carries no annotation that
 * Immutables finds on the class path, in particular not its own {@code @Generated}, which a
 * consumer's compiler would look for and warn about ({@code -Xlint:all}); {@code Override} is only
 * there because an empty list would allow them all. {@code throwForInvalidImmutableState}: a
 * builder missing a required attribute throws a {@link MissingAttributesException}, a {@code
 * ValidationException} with a path and a code for each attribute, like every other broken rule
 * (Immutables' own is an {@code IllegalStateException} with a message only).
 */
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
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
    allowedClasspathAnnotations = Override.class,
    throwForInvalidImmutableState = MissingAttributesException.class)
public @interface DiplomacyStyle {}

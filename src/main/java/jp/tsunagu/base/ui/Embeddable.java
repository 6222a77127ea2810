package jp.tsunagu.base.ui;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A feature's screen part that other features' screens embed (the documents panel on a question or a batch).
 * Every other class of a feature's {@code ui} package is used by that feature only; the architecture test
 * holds both.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Embeddable {}

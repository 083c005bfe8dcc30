package org.gongshi.generator.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a type whose every component and accessor may be published: page models, and the values they hold, are built
 * only from types that carry it. Templates cannot read any other type of this project — the renderer refuses it
 * ({@code render.PublicOnlyWrapper}) — and a test walks every type reachable from a public one. The roster's types
 * ({@link Worker}, {@link WagePayment}, {@link ProjectRecord}) never carry it: the mask stage turns them into public
 * views first.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Public {
}

package io.waymark.common;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A transaction that only reads: Hibernate keeps no snapshots of what it loads and does not flush at the commit, so a
 * page that shows many records pays nothing for dirty checking it cannot need. Put it beside {@code @Transactional}
 * on a query object's method; anything the method changes on an entity is not saved.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadOnlyWork {
}

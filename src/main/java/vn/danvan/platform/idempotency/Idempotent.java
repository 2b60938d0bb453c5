package vn.danvan.platform.idempotency;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a POST resource method that honours the Idempotency-Key header. When the method is
 * {@code @Transactional} (the normal case) the stored response is written in the same transaction as
 * the change; otherwise in a transaction of its own right after it.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {
}

package vn.danvan.platform.idempotency;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Put on every resource class (a class implementing a generated API interface): its operations whose contract accepts
 * an Idempotency-Key ({@link AcceptsIdempotencyKey} on the generated interface method) are carried out once per key.
 * When the method is {@code @Transactional} (the normal case) the stored response is written in the same transaction
 * as the change; otherwise in a transaction of its own right after it. ArchitectureTest checks every resource class
 * carries it.
 */
@InterceptorBinding
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {
}

package vn.danvan.platform.idempotency;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Put by the code generator on every operation of the generated API interfaces whose contract declares the
 * Idempotency-Key header ({@code x-danvan-idempotency-key} on the shared parameter): the contract, not a hand-written
 * annotation, decides which operations are carried out once per key.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface AcceptsIdempotencyKey {
}

package vn.danvan.platform.error;

/** A message argument that is itself a bundle key, rendered in the caller's language. */
public record MessageRef(String key) {
}

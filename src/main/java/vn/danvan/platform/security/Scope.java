package vn.danvan.platform.security;

/**
 * The part of the organisation tree a caller may reach: everything (system administrators) or the
 * subtree whose materialised path starts with {@code treePath}. A caller whose organisation is unknown
 * reaches nothing.
 */
public record Scope(boolean unrestricted, String treePath) {

    public static final Scope EVERYTHING = new Scope(true, null);
    public static final Scope NOTHING = new Scope(false, "/nothing");

    public static Scope subtree(String treePath) {
        return new Scope(false, treePath);
    }

    public boolean contains(String organizationTreePath) {
        return unrestricted || (organizationTreePath != null && organizationTreePath.startsWith(treePath));
    }

    /** A LIKE pattern for the paths inside the scope (only when restricted). */
    public String likePattern() {
        return treePath + "%";
    }
}

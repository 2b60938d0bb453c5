package vn.danvan.organization;

/**
 * A unit and its subtree moved: every tree path that started with {@code oldPath} now starts with
 * {@code newPath} instead. Fired inside the move's transaction, so that features keeping copies of tree
 * paths (for fast scope checks) rewrite them in the same commit.
 */
public record OrganizationMoved(String oldPath, String newPath) {
}

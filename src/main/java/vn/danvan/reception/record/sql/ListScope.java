package vn.danvan.reception.record.sql;

import java.util.List;
import java.util.UUID;

/**
 * The receiving units a list may show: all of them ({@code unrestricted}), or a subtree given by its units and its tree
 * path's LIKE pattern ({@code treePath} is part of the page token's fingerprint).
 */
public record ListScope(boolean unrestricted, List<UUID> units, String likePattern, String treePath) {
}

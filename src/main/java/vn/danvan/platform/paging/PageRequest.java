package vn.danvan.platform.paging;

/** The paging parameters of a list request; the contract has already bounded pageSize to 1–200. */
public record PageRequest(int pageSize, String pageToken) {

    public static final int DEFAULT_PAGE_SIZE = 20;

    public static PageRequest of(Integer pageSize, String pageToken) {
        return new PageRequest(pageSize == null ? DEFAULT_PAGE_SIZE : pageSize,
                pageToken == null || pageToken.isEmpty() ? null : pageToken);
    }
}

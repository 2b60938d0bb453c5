package vn.danvan.platform.demo;

/**
 * Demonstration data of one feature, loaded once on the first start of the embedded run
 * (danvan.demo.enabled). Features implement it as a CDI bean; {@link #order()} puts organisations
 * before the records that point at them.
 */
public interface DemoDataSet {

    /** A stable name: the set is loaded once per database under it. */
    String name();

    int order();

    /** Loads the data inside the caller's transaction. */
    void load();
}

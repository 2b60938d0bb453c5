package vn.danvan.platform.text;

/** Lets unit tests outside this package write SQL for either search mode (the running service sets it at start). */
public final class TextSearchModes {

    private TextSearchModes() {
    }

    public static void use(TextSearch.Mode mode) {
        TextSearch.use(mode);
    }
}

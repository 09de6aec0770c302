package cn.jixiao.web;

/** Query-parameter helpers shared by the controllers. */
public final class Params {

    private Params() {
    }

    /** An empty filter (e.g. {@code ?fund=}) means "any", like an absent one. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

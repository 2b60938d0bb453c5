package vn.danvan.platform.security;

/** Role names as they appear in tokens ({@code groups}) and in {@code @RolesAllowed}. */
public final class Roles {

    public static final String SYSTEM_ADMIN = "SYSTEM_ADMIN";
    public static final String COORDINATOR = "COORDINATOR";
    public static final String ORG_ADMIN = "ORG_ADMIN";
    public static final String OFFICER = "OFFICER";
    public static final String VIEWER = "VIEWER";
    public static final String PORTAL_CLIENT = "PORTAL_CLIENT";
    /** An officer of a Fatherland Front committee or socio-political organisation: reads what their organisation sent (GrantedRole). */
    public static final String FRONT_OFFICER = "FRONT_OFFICER";

    private Roles() {
    }
}

package dev.tandem.crm.control;

import dev.tandem.platform.TandemException;

/** Everything that can go wrong with users, companies and contacts. */
public class CrmException extends TandemException {

    protected CrmException(Kind kind, String message) {
        super(kind, message);
    }

    public static CrmException notFound(String what, Object id) {
        return new CrmException(Kind.NOT_FOUND, "There is no " + what + " " + id + ".");
    }

    public static CrmException conflict(String detail) {
        return new CrmException(Kind.CONFLICT, detail);
    }

    public static CrmException invalid(String detail) {
        return new CrmException(Kind.INVALID, detail);
    }

    public static CrmException forbidden(String detail) {
        return new CrmException(Kind.FORBIDDEN, detail);
    }
}

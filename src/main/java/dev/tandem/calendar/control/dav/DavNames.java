package dev.tandem.calendar.control.dav;

import javax.xml.namespace.QName;

/** The XML element names Tandem reads and asks for, with the specification that defines each. */
public final class DavNames {

    static final String DAV = "DAV:";
    static final String CALDAV = "urn:ietf:params:xml:ns:caldav";
    /** Apple's CalendarServer extensions; {@code getctag} is not standardised but every server Tandem meets has it. */
    static final String CALENDARSERVER = "http://calendarserver.org/ns/";

    static final QName MULTISTATUS = dav("multistatus");
    static final QName RESPONSE = dav("response");
    static final QName HREF = dav("href");
    static final QName STATUS = dav("status");
    static final QName PROPSTAT = dav("propstat");
    static final QName PROP = dav("prop");
    public static final QName SYNC_TOKEN = dav("sync-token");
    public static final QName RESOURCETYPE = dav("resourcetype");
    public static final QName DISPLAYNAME = dav("displayname");
    public static final QName GETETAG = dav("getetag");
    /** RFC 5397. */
    public static final QName CURRENT_USER_PRINCIPAL = dav("current-user-principal");
    /** RFC 4791 §6.2.1. */
    public static final QName CALENDAR_HOME_SET = new QName(CALDAV, "calendar-home-set");
    public static final QName CALENDAR = new QName(CALDAV, "calendar");
    /** RFC 4791 §5.2.3. */
    public static final QName SUPPORTED_COMPONENTS = new QName(CALDAV, "supported-calendar-component-set");
    public static final QName COMP = new QName(CALDAV, "comp");
    public static final QName CALENDAR_DATA = new QName(CALDAV, "calendar-data");
    public static final QName GETCTAG = new QName(CALENDARSERVER, "getctag");

    private DavNames() {
    }

    private static QName dav(String localName) {
        return new QName(DAV, localName);
    }

    static String prefixed(QName name) {
        return prefix(name.getNamespaceURI()) + ":" + name.getLocalPart();
    }

    private static String prefix(String namespace) {
        if (DAV.equals(namespace)) {
            return "D";
        }
        return CALDAV.equals(namespace) ? "C" : "CS";
    }
}

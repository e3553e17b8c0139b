package dev.tandem.calendar.control.dav;

/** 404: the resource or collection is gone, e.g. deleted on the provider since the last sync. */
public class CalDavNotFoundException extends CalDavException {

    public CalDavNotFoundException(String message) {
        super(message, 404);
    }
}

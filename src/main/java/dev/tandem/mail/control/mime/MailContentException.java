package dev.tandem.mail.control.mime;

/**
 * A message Tandem could not turn into a header or a CRM activity. Checked on purpose: one unreadable mail must
 * never stall the sync, so the caller has to catch it, record it against that message and carry on with the next.
 * The message is written for the user who sees it in the sync status; it never carries message bodies or secrets.
 */
public class MailContentException extends Exception {

    private static final long serialVersionUID = 1L;

    public MailContentException(String message, Throwable cause) {
        super(message, cause);
    }
}

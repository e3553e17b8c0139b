package dev.tandem.web.faces;

import dev.tandem.activity.entity.Attachment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Attachment sizes on a timeline as people read them. */
@Named
@ApplicationScoped
public class AttachmentSizes {

    /** Whole kilobytes, rounded up, at least 1: a 10-byte file is not "0 KB". */
    public long kilobytes(Attachment attachment) {
        return Math.max(1, (attachment.getSize() + 1023) / 1024);
    }
}

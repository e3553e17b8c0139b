package dev.tandem.activity.boundary;

import dev.tandem.activity.entity.Activity;
import dev.tandem.activity.entity.Direction;
import dev.tandem.activity.entity.Recipient;
import java.time.OffsetDateTime;
import java.util.List;

/** An activity as the API shows it (api-v1.md, "An email activity"); mail fields are null on notes. */
public record ActivityView(long id, String type, String source, boolean readOnly, String owner, String direction,
                           String subject, String text, String html, OffsetDateTime occurredAt, String messageId,
                           AddressView from, List<AddressView> to, List<AddressView> cc, List<Long> contactIds,
                           List<Long> companyIds, List<AttachmentView> attachments) {

    /** A mailbox: the address and, when the header had one, the display name. */
    public record AddressView(String email, String name) {
    }

    /** An attachment's metadata; the bytes are at {@code /api/activities/{id}/attachments/{attachmentId}}. */
    public record AttachmentView(long id, String filename, String contentType, long size) {
    }

    static ActivityView of(Activity a, String ownerName) {
        return new ActivityView(a.getId(), a.getType().name(), a.getSource().name(), a.isReadOnly(), ownerName,
                a.findDirection().map(Direction::name).orElse(null), a.getSubject(), a.getText(), a.getHtml(),
                a.getOccurredAt(), a.getMessageId(),
                a.getFromEmail() == null ? null : new AddressView(a.getFromEmail(), a.getFromName()),
                recipients(a, Recipient.Kind.TO), recipients(a, Recipient.Kind.CC),
                a.getContactIds().stream().sorted().toList(), a.getCompanyIds().stream().sorted().toList(),
                a.getAttachments().stream()
                        .map(f -> new AttachmentView(f.getId(), f.getFilename(), f.getContentType(), f.getSize()))
                        .toList());
    }

    private static List<AddressView> recipients(Activity activity, Recipient.Kind kind) {
        return activity.getRecipients().stream().filter(r -> r.getKind() == kind)
                .map(r -> new AddressView(r.getEmail(), r.getName())).toList();
    }
}

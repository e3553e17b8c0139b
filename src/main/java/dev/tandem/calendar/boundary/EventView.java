package dev.tandem.calendar.boundary;

import java.util.List;

/**
 * One occurrence of an event as the API shows it (api-v1.md, GET /api/events). {@code id} is the event id for a
 * single event and {@code <eventId>:<recurrenceId>} for an occurrence of a series. {@code eventStatus} (an
 * addition to the contract) is the event's STATUS, {@code TENTATIVE | CONFIRMED | CANCELLED}, or null.
 */
public record EventView(String id, long eventId, String uid, String recurrenceId, String title, String description,
                        String location, String start, String end, boolean allDay, String timeZone,
                        PersonView organizer, List<AttendeeView> attendees, String myStatus, boolean recurring,
                        boolean editable, String readOnlyReason, String origin, List<Long> contactIds,
                        List<Long> companyIds, String eventStatus) {

    /** An organizer: the address, the name the invitation carries, the CRM contact owning the address. */
    public record PersonView(String email, String name, Long contactId) {
    }

    /** An attendee and their answer ({@code NEEDS_ACTION | ACCEPTED | DECLINED | TENTATIVE | DELEGATED}). */
    public record AttendeeView(String email, String name, Long contactId, String status) {
    }
}

package dev.tandem.activity.control;

import dev.tandem.activity.entity.ActivityType;
import dev.tandem.platform.PageRequest;

/** A page of one user's activities, optionally only those of a contact, a company or a type. */
public record ActivityQuery(long ownerId, Long contactId, Long companyId, ActivityType type, PageRequest page) {
}

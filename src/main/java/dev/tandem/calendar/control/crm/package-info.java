/**
 * The CRM's calendar: events and tasks stored as CRM entries, the rules on who may edit them, the identities of
 * a user's calendar, the item store the two-way sync uses for the CRM side, and the mail sent for a new event.
 * May depend on {@link dev.tandem.calendar.control.item} and {@link dev.tandem.calendar.control.ical}.
 */
package dev.tandem.calendar.control.crm;

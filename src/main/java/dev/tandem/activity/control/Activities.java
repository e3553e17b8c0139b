package dev.tandem.activity.control;

import dev.tandem.activity.entity.Activity;
import dev.tandem.activity.entity.Attachment;
import dev.tandem.activity.entity.NoteContent;
import dev.tandem.platform.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A user's activities. Every access names the owner: another user's activity is "not found", and a synced
 * activity refuses every change.
 */
@ApplicationScoped
@Transactional
public class Activities {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ActivityLinks links;

    public Activity createNote(long ownerId, NoteContent content) {
        links.ensureExist(content.contactIds(), content.companyIds());
        var note = Activity.note(ownerId, content, OffsetDateTime.now(clock));
        em.persist(note);
        return note;
    }

    public Activity updateNote(long ownerId, long id, NoteContent content) {
        Activity activity = getWritable(ownerId, id);
        links.ensureExist(content.contactIds(), content.companyIds());
        activity.apply(content);
        return activity;
    }

    public void delete(long ownerId, long id) {
        em.remove(getWritable(ownerId, id));
    }

    public Optional<Activity> find(long ownerId, long id) {
        return Optional.ofNullable(em.find(Activity.class, id)).filter(a -> a.isOwnedBy(ownerId));
    }

    public Activity get(long ownerId, long id) {
        return find(ownerId, id).orElseThrow(() -> ActivityException.notFound(id));
    }

    public Activity getWritable(long ownerId, long id) {
        Activity activity = get(ownerId, id);
        if (activity.isReadOnly()) {
            throw ActivityException.readOnly(id);
        }
        return activity;
    }

    public Attachment getAttachment(long ownerId, long id, long attachmentId) {
        Attachment attachment = get(ownerId, id).findAttachment(attachmentId)
                .orElseThrow(() -> ActivityException.attachmentNotFound(id, attachmentId));
        attachment.getContent();
        return attachment;
    }

    /** The user's most recent activities, newest first (the dashboard's latest logged mail). */
    public List<Activity> latest(long ownerId, int max) {
        return em.createQuery("SELECT a FROM Activity a WHERE a.ownerId = :owner ORDER BY a.occurredAt DESC, a.id DESC",
                Activity.class).setParameter("owner", ownerId).setMaxResults(max).getResultList();
    }

        /** A contact's or a company's timeline: their activities, newest first. */
    public List<Activity> timeline(long ownerId, Long contactId, Long companyId, int max) {
        String link = contactId != null ? ":linked MEMBER OF a.contactIds" : ":linked MEMBER OF a.companyIds";
        return em.createQuery("SELECT a FROM Activity a WHERE a.ownerId = :owner AND " + link
                + " ORDER BY a.occurredAt DESC, a.id DESC", Activity.class).setParameter("owner", ownerId)
                .setParameter("linked", contactId != null ? contactId : companyId).setMaxResults(max)
                .getResultList();
    }

        public Page<Activity> list(ActivityQuery query) {
        var jpql = new StringBuilder("SELECT a FROM Activity a WHERE a.ownerId = :owner AND a.id > :after");
        if (query.contactId() != null) {
            jpql.append(" AND :contact MEMBER OF a.contactIds");
        }
        if (query.companyId() != null) {
            jpql.append(" AND :company MEMBER OF a.companyIds");
        }
        if (query.type() != null) {
            jpql.append(" AND a.type = :type");
        }
        var typed = em.createQuery(jpql.append(" ORDER BY a.id").toString(), Activity.class)
                .setParameter("owner", query.ownerId()).setParameter("after", query.page().afterId())
                .setMaxResults(query.page().limit() + 1);
        Optional.ofNullable(query.contactId()).ifPresent(id -> typed.setParameter("contact", id));
        Optional.ofNullable(query.companyId()).ifPresent(id -> typed.setParameter("company", id));
        Optional.ofNullable(query.type()).ifPresent(type -> typed.setParameter("type", type));
        return Page.fromOverfetch(typed.getResultList(), query.page(), Activity::getId);
    }
}

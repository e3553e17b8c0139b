package dev.tandem.sync.twoway;

import dev.tandem.sync.spi.ItemStatus;
import dev.tandem.sync.spi.ItemVersion;
import dev.tandem.sync.spi.Side;
import dev.tandem.sync.twoway.SyncAction.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * vdirsyncer's decision table: from an item's status and its version on each side now, the one action that
 * brings both sides together. A side counts as changed only when its etag moved and its normalised content
 * hash moved too, so Tandem's own writes and servers' cosmetic rewrites are not echoed back.
 */
public final class TwoWayPlanner {

    private final ConflictPolicy policy;

    public TwoWayPlanner(ConflictPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public List<SyncAction> plan(SyncSnapshot snapshot) {
        var actions = new ArrayList<SyncAction>();
        for (String uid : snapshot.allUids()) {
            planOne(uid, snapshot).ifPresent(actions::add);
        }
        return actions;
    }

    /** The action for one item, or empty when both sides are already in step. */
    public Optional<SyncAction> planOne(String uid, SyncSnapshot snapshot) {
        Optional<ItemVersion> crm = snapshot.crm().findVersion(uid);
        Optional<ItemVersion> provider = snapshot.provider().findVersion(uid);
        Optional<ItemStatus> status = snapshot.findStatus(uid);
        if (status.isEmpty()) {
            return planNew(uid, snapshot, crm, provider);
        }
        if (crm.isPresent() && provider.isPresent()) {
            return planPresentOnBoth(uid, snapshot, status.get(), crm.get(), provider.get());
        }
        if (crm.isEmpty() && provider.isEmpty()) {
            return action(Kind.FORGET_STATUS, uid, "deleted on both sides");
        }
        Side remaining = crm.isPresent() ? Side.CRM : Side.PROVIDER;
        return planDeletedOnOneSide(uid, status.get(), remaining, crm.or(() -> provider).orElseThrow());
    }

    private Optional<SyncAction> planNew(String uid, SyncSnapshot snapshot, Optional<ItemVersion> crm,
                                         Optional<ItemVersion> provider) {
        if (crm.isPresent() && provider.isPresent()) {
            if (crm.get().contentHash().equals(provider.get().contentHash())) {
                return action(Kind.REFRESH_STATUS, uid, "already the same on both sides");
            }
            return Optional.of(resolveConflict(uid, snapshot, Optional.empty()));
        }
        return crm.isPresent() ? action(Kind.COPY_TO_PROVIDER, uid, "new in the CRM")
                : action(Kind.COPY_TO_CRM, uid, "new at the provider");
    }

    private Optional<SyncAction> planDeletedOnOneSide(String uid, ItemStatus status, Side remaining,
                                                      ItemVersion now) {
        Side deletedOn = remaining.other();
        if (changed(status.version(remaining), now)) {
            return action(Kind.copyTo(deletedOn), uid, "deleted at " + deletedOn.label()
                    + " but changed in " + remaining.label() + " since: restored");
        }
        return action(Kind.deleteOn(remaining), uid, "deleted at " + deletedOn.label());
    }

    private Optional<SyncAction> planPresentOnBoth(String uid, SyncSnapshot snapshot, ItemStatus status,
                                                   ItemVersion crm, ItemVersion provider) {
        boolean crmChanged = changed(status.crm(), crm);
        boolean providerChanged = changed(status.provider(), provider);
        if (crmChanged && providerChanged) {
            return crm.contentHash().equals(provider.contentHash())
                    ? action(Kind.REFRESH_STATUS, uid, "changed the same way on both sides")
                    : Optional.of(resolveConflict(uid, snapshot, Optional.of(status.origin())));
        }
        if (crmChanged) {
            return action(Kind.UPDATE_PROVIDER, uid, "changed in the CRM");
        }
        if (providerChanged) {
            return action(Kind.UPDATE_CRM, uid, "changed at the provider");
        }
        boolean touched = !status.crm().ref().equals(crm.ref()) || !status.provider().ref().equals(provider.ref());
        return touched ? action(Kind.REFRESH_STATUS, uid, "new etag, same content") : Optional.empty();
    }

    private SyncAction resolveConflict(String uid, SyncSnapshot snapshot, Optional<Side> origin) {
        ConflictResolution resolution = policy.resolve(new ConflictCase(uid, origin,
                snapshot.crm().findLastModified(uid), snapshot.provider().findLastModified(uid)));
        return new SyncAction(Kind.update(resolution.winner().other()), uid, resolution.reason());
    }

    /** vdirsyncer's rule: a new etag alone is no change; the normalised content must differ too. */
    static boolean changed(ItemVersion then, ItemVersion now) {
        return !then.sameAs(now.ref()) && !then.contentHash().equals(now.contentHash());
    }

    private static Optional<SyncAction> action(Kind kind, String uid, String reason) {
        return Optional.of(new SyncAction(kind, uid, reason));
    }
}

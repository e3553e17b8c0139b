package dev.tandem.sync.twoway;

import dev.tandem.sync.spi.FetchedItem;
import dev.tandem.sync.spi.ItemRef;
import dev.tandem.sync.spi.ItemStore;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * An in-memory store whose writes can be interfered with, the way a real server or a concurrent user would:
 * a hook runs before each write (and may throw or edit the item meanwhile), and the server may rewrite what it
 * stores and then not return an etag (RFC 4791 §5.3.4).
 */
final class InterceptedItemStore implements ItemStore {

    interface WriteHook {
        void beforeWrite(String uidOrHref);
    }

    final InMemoryItemStore delegate;
    WriteHook hook = target -> { };
    UnaryOperator<String> serverRewrite = UnaryOperator.identity();
    int writeAttempts;

    InterceptedItemStore(InMemoryItemStore delegate) {
        this.delegate = delegate;
    }

    @Override
    public Map<String, ItemRef> list() {
        return delegate.list();
    }

    @Override
    public FetchedItem get(String href) {
        return delegate.get(href);
    }

    @Override
    public ItemRef create(String uid, String content) {
        writeAttempts++;
        hook.beforeWrite(uid);
        return withoutEtagIfRewritten(content, delegate.create(uid, serverRewrite.apply(content)));
    }

    @Override
    public ItemRef update(String href, String content, String ifMatchEtag) {
        writeAttempts++;
        hook.beforeWrite(href);
        return withoutEtagIfRewritten(content, delegate.update(href, serverRewrite.apply(content), ifMatchEtag));
    }

    @Override
    public void delete(String href, String ifMatchEtag) {
        writeAttempts++;
        hook.beforeWrite(href);
        delegate.delete(href, ifMatchEtag);
    }

    private ItemRef withoutEtagIfRewritten(String sent, ItemRef stored) {
        return serverRewrite.apply(sent).equals(sent) ? stored : new ItemRef(stored.href(), "");
    }
}

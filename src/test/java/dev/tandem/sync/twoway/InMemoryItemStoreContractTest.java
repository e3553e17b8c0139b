package dev.tandem.sync.twoway;

import dev.tandem.sync.spi.ItemStore;

class InMemoryItemStoreContractTest extends ItemStoreContract {

    @Override
    protected ItemStore newStore() {
        return new InMemoryItemStore("mem");
    }
}

package dev.tandem.mail.control.discovery;

import java.util.List;

/** DNS SRV answers (RFC 2782) for one name; an interface so that tests answer from memory instead of DNS. */
public interface SrvLookup {

    /** A record as RFC 2782 defines it; a target of "." means the service is not offered (RFC 6186 §3.4). */
    record SrvRecord(int priority, int weight, int port, String target) {
    }

    /** @return the records, empty when there are none or DNS did not answer in time */
    List<SrvRecord> lookup(String name);
}

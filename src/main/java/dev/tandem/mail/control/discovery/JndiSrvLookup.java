package dev.tandem.mail.control.discovery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.InitialDirContext;

/**
 * SRV lookups through the JDK's DNS provider (JNDI), with the system's resolvers and a bounded wait: no extra
 * library needed for one record type.
 */
public final class JndiSrvLookup implements SrvLookup {

    private final Duration timeout;

    public JndiSrvLookup(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public List<SrvRecord> lookup(String name) {
        var environment = new Hashtable<String, String>();
        environment.put("java.naming.factory.initial", "com.sun.jndi.dns.DnsContextFactory");
        environment.put("com.sun.jndi.dns.timeout.initial", String.valueOf(timeout.toMillis()));
        environment.put("com.sun.jndi.dns.timeout.retries", "1");
        try {
            var context = new InitialDirContext(environment);
            try {
                Attribute srv = context.getAttributes(name, new String[] {"SRV"}).get("SRV");
                return srv == null ? List.of() : records(srv);
            } finally {
                context.close();
            }
        } catch (NamingException | NumberFormatException noAnswer) {
            return List.of();
        }
    }

    private static List<SrvRecord> records(Attribute srv) throws NamingException {
        var records = new ArrayList<SrvRecord>();
        for (int i = 0; i < srv.size(); i++) {
            String[] fields = srv.get(i).toString().trim().split("\\s+");
            if (fields.length == 4) {
                records.add(new SrvRecord(Integer.parseInt(fields[0]), Integer.parseInt(fields[1]),
                        Integer.parseInt(fields[2]), fields[3]));
            }
        }
        return records;
    }
}

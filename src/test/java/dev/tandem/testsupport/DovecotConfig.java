package dev.tandem.testsupport;

import java.nio.file.Path;

/**
 * Renders a self-contained {@code dovecot.conf} (Dovecot 2.3 syntax) that reads nothing from {@code /etc/dovecot}
 * and writes only below its own directories, so several servers can run side by side.
 *
 * @param runDirectory  Dovecot's {@code base_dir}: its UNIX sockets, whose paths must stay under 108 bytes
 * @param mailUser      the system user that owns the mailboxes: Dovecot refuses to store mail as root
 */
record DovecotConfig(Path directory, Path runDirectory, DovecotPorts ports, SelfSignedCertificate certificate,
                     String mailUser) {

    static final String GREETING = "Dovecot ready.";

    DovecotConfig withPorts(DovecotPorts otherPorts) {
        return new DovecotConfig(directory, runDirectory, otherPorts, certificate, mailUser);
    }

    Path file() {
        return directory.resolve("dovecot.conf");
    }

    Path usersDirectory() {
        return directory.resolve("users");
    }

    Path mailDirectory() {
        return directory.resolve("mail");
    }

    Path logFile() {
        return directory.resolve("dovecot.log");
    }

    String render() {
        return general() + authentication() + mailboxes() + listeners();
    }

    private String general() {
        return """
                protocols = imap pop3
                listen = 127.0.0.1
                base_dir = %s
                state_dir = %s
                log_path = %s
                login_greeting = %s
                ssl = yes
                ssl_cert = <%s
                ssl_key = <%s
                first_valid_uid = 1
                mail_fsync = never
                protocol imap {
                  mail_max_userip_connections = 100
                }
                """.formatted(runDirectory, directory.resolve("state"), logFile(), GREETING,
                certificate.certificatePem(), certificate.privateKeyPem());
    }

    /**
     * Plain-text passwords over plain connections are what the tests of the IMAP diagnosis need to see. A wrong
     * password must not slow down the next test: no failure delay and no per-IP penalty (closing anvil's penalty
     * socket is Dovecot's documented switch; the auth process logs once that it cannot connect to it).
     */
    private String authentication() {
        return """
                disable_plaintext_auth = no
                auth_mechanisms = plain login
                auth_verbose = yes
                auth_failure_delay = 0
                service anvil {
                  unix_listener anvil-auth-penalty {
                    mode = 0
                  }
                }
                passdb {
                  driver = passwd-file
                  args = scheme=PLAIN username_format=%%u %s/%%u
                }
                userdb {
                  driver = static
                  args = uid=%s gid=%s home=%s/%%u
                }
                mail_location = maildir:~/Maildir
                """.formatted(usersDirectory(), mailUser, mailUser, mailDirectory());
    }

    /** Special-use folders (RFC 6154), created on first login like a real provider's. */
    private String mailboxes() {
        return """
                namespace inbox {
                  inbox = yes
                  mailbox Sent {
                    special_use = \\Sent
                    auto = subscribe
                  }
                  mailbox Drafts {
                    special_use = \\Drafts
                    auto = subscribe
                  }
                  mailbox Trash {
                    special_use = \\Trash
                    auto = subscribe
                  }
                }
                """;
    }

    /** Login processes kept alive and pre-started, so the first greeting already says the server is ready. */
    private String listeners() {
        return """
                service imap-login {
                  service_count = 0
                  process_min_avail = 1
                  inet_listener imap {
                    port = %d
                  }
                  inet_listener imaps {
                    port = %d
                    ssl = yes
                  }
                }
                service pop3-login {
                  service_count = 0
                  process_min_avail = 1
                  inet_listener pop3 {
                    port = %d
                  }
                  inet_listener pop3s {
                    port = %d
                    ssl = yes
                  }
                }
                """.formatted(ports.imap(), ports.imaps(), ports.pop3(), ports.pop3s());
    }
}

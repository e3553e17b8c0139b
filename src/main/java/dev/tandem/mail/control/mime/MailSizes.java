package dev.tandem.mail.control.mime;

import java.util.Locale;

/** Byte counts the way a user reads them in a warning: "25 MB", "512 KB", "300 bytes" (binary units). */
final class MailSizes {

    private static final long KIB = 1024;
    private static final long MIB = KIB * KIB;

    private MailSizes() {
    }

    static String describe(long bytes) {
        if (bytes >= MIB) {
            return format(bytes, MIB, "MB");
        }
        return bytes >= KIB ? format(bytes, KIB, "KB") : bytes + " bytes";
    }

    private static String format(long bytes, long unit, String name) {
        return bytes % unit == 0 ? bytes / unit + " " + name
                : String.format(Locale.ROOT, "%.1f %s", (double) bytes / unit, name);
    }
}

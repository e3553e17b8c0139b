package dev.tandem.calendar.control.caldav;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * One spelling per resource URL. Servers and clients percent-encode hrefs differently ({@code @} and {@code +} in
 * Google-style UIDs, RFC 3986 §2.4), so hrefs are compared and stored after decoding and re-encoding the path.
 */
public final class CanonicalHref {

    private CanonicalHref() {
    }

    public static String of(URI href) {
        try {
            return new URI(href.getScheme(), href.getRawAuthority() == null ? null : href.getAuthority(),
                    href.getPath(), null, null).toASCIIString();
        } catch (URISyntaxException e) {
            return href.normalize().toASCIIString();
        }
    }

    public static URI toUri(String canonical) {
        return URI.create(canonical);
    }
}

package dev.tandem.connection.control;

/** Where and as whom a user's calendar is reached. The password never appears in {@link #toString()}. */
public record CalDavAccount(String url, String username, String password) {

    @Override
    public String toString() {
        return "CalDavAccount[url=" + url + ", username=" + username + "]";
    }
}

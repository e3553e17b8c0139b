package dev.tandem.web.faces;

import dev.tandem.platform.TandemException;
import dev.tandem.platform.UserMessage;
import java.util.Optional;

/**
 * How an OAuth sign-in ended, handed from the callback (or the start) to the page the pop-up window shows.
 *
 * @param english the refusal as the control service said it, for a message without a text of its own
 */
record OAuthOutcome(boolean connected, Optional<UserMessage> message, String english) {

    static final String ATTRIBUTE = "tandem.oauthOutcome";

    static OAuthOutcome success() {
        return new OAuthOutcome(true, Optional.of(UserMessage.of("sync.connected")), "");
    }

    static OAuthOutcome refused(TandemException refused) {
        return new OAuthOutcome(false, refused.findUserMessage(), refused.getMessage());
    }
}

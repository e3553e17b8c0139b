package dev.tandem.web.faces;

import jakarta.faces.context.FacesContext;
import java.util.Optional;

/**
 * Ids a form sends back as plain request parameters. On a postback Faces asks whether a form is rendered before
 * it sets view parameters, so a page that shows a form only for an existing item reads its id from here.
 */
final class RequestParameters {

    private RequestParameters() {
    }

    /** The parameter as a number; empty when it is missing or not a number. */
    static Optional<Long> findLong(String name) {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        try {
            return Optional.ofNullable(value).map(Long::valueOf);
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}

package dev.tandem.activity.boundary;

import dev.tandem.activity.control.Activities;
import dev.tandem.activity.control.ActivityException;
import dev.tandem.activity.entity.Attachment;
import dev.tandem.crm.control.CurrentUser;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code GET /app/attachments/{activityId}/{attachmentId}}: an attachment of a logged mail, downloaded from a
 * timeline. The API's download answers HTTP Basic only, which a signed-in browser does not send; this one serves
 * the same file to the page's session (the {@code /app/*} security constraint of web.xml). Another user's
 * attachment is "not found", as a missing one.
 */
@WebServlet("/app/attachments/*")
public class AttachmentDownloadServlet extends HttpServlet {

    private static final Pattern IDS = Pattern.compile("/(\\d{1,18})/(\\d{1,18})");

    @Inject
    Activities activities;

    @Inject
    CurrentUser caller;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Attachment> file = find(request.getPathInfo());
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] content = file.get().getContent();
        response.setContentType(file.get().getContentType());
        response.setHeader("Content-Disposition", ContentDisposition.attachment(file.get().getFilename()));
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }

    private Optional<Attachment> find(String path) {
        Matcher ids = IDS.matcher(path == null ? "" : path);
        if (!ids.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(activities.getAttachment(caller.id(), Long.parseLong(ids.group(1)),
                    Long.parseLong(ids.group(2))));
        } catch (ActivityException notFound) {
            return Optional.empty();
        }
    }
}

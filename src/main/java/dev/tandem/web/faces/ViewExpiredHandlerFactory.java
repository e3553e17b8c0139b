package dev.tandem.web.faces;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Puts {@link ViewExpiredHandler} in front of Faces' exception handler (registered in faces-config.xml). */
public class ViewExpiredHandlerFactory extends ExceptionHandlerFactory {

    public ViewExpiredHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ViewExpiredHandler(getWrapped().getExceptionHandler());
    }
}

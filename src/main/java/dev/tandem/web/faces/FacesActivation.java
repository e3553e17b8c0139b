package dev.tandem.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;

/** Turns on Faces 4 with CDI for the web UI. */
@FacesConfig
@ApplicationScoped
public class FacesActivation {
}

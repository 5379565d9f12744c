package kz.qaldyq.web.registry.historical;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Where the pages find Leaflet: the webjar packed into the application, served under {@code /webjars/}. Its version
 * is read from the webjar itself, so the parent POM is the one place that names it.
 */
@Named
@ApplicationScoped
public class MapResources {

    private static final String POM = "META-INF/maven/org.webjars.npm/leaflet/pom.properties";

    private String leafletPath;

    public String getLeafletPath() {
        if (leafletPath == null) {
            Properties pom = new Properties();
            try (InputStream in = MapResources.class.getClassLoader().getResourceAsStream(POM)) {
                if (in == null) {
                    throw new IllegalStateException("the Leaflet webjar is not on the class path");
                }
                pom.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            leafletPath = "/webjars/leaflet/" + pom.getProperty("version") + "/dist";
        }
        return leafletPath;
    }
}

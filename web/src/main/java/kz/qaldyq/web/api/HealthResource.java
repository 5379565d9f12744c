package kz.qaldyq.web.api;

import jakarta.annotation.Resource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;

/** Readiness for the start script and load balancers: the application is deployed and its database answers. */
@Path("/health")
public class HealthResource {

    @Resource(lookup = "java:jboss/datasources/QaldyqDS")
    private DataSource dataSource;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        try (Connection connection = dataSource.getConnection()) {
            boolean ok = connection.isValid(2);
            return Response.status(ok ? 200 : 503).entity(Map.of("status", ok ? "UP" : "DOWN")).build();
        } catch (SQLException e) {
            return Response.status(503).entity(Map.of("status", "DOWN")).build();
        }
    }
}

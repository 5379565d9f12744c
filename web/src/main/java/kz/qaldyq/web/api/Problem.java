package kz.qaldyq.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Problem details (RFC 9457) as the API answers every error; {@code rules} names the rules that failed, if any. */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problem() {
    }

    public static String json(int status, String title, String detail, String code, List<String> rules) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", code == null ? "about:blank" : "urn:qaldyq:problem:" + code)
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        if (code != null) {
            body.add("code", code);
        }
        if (rules != null && !rules.isEmpty()) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            rules.forEach(array::add);
            body.add("rules", array);
        }
        return body.build().toString();
    }

    public static Response response(int status, String title, String detail, String code, List<String> rules) {
        return Response.status(status)
                .type(MediaType.valueOf(MEDIA_TYPE + ";charset=UTF-8"))
                .entity(json(status, title, detail, code, rules))
                .build();
    }

    public static void write(HttpServletResponse response, int status, String title, String detail, String code) throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json(status, title, detail, code, null));
    }
}

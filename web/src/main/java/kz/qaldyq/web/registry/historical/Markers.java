package kz.qaldyq.web.registry.historical;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.function.Function;
import kz.qaldyq.registry.historical.PublicObject;

/** The map's markers as the JSON the page script reads: position, name, a line of text and the object's page. */
final class Markers {

    private Markers() {
    }

    static String json(List<PublicObject> objects, Function<PublicObject, String> caption, String pageUrl) {
        JsonArrayBuilder markers = Json.createArrayBuilder();
        for (PublicObject o : objects) {
            markers.add(Json.createObjectBuilder()
                    .add("id", o.id())
                    .add("lat", o.latitude())
                    .add("lon", o.longitude())
                    .add("name", o.name())
                    .add("caption", caption.apply(o))
                    .add("url", pageUrl + o.id()));
        }
        return markers.build().toString();
    }
}

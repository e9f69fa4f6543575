package io.ordertrail.platform;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;

/**
 * JSON-P through a provider looked up once. {@code jakarta.json.Json.create…} looks the provider up through a
 * {@code ServiceLoader} on every call, which searches the application's class path each time: measurable in the
 * audit trail and the purge, which build JSON for every entry and every order.
 */
public final class Jsons {

    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private Jsons() {}

    public static JsonObjectBuilder object() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonArrayBuilder array() {
        return PROVIDER.createArrayBuilder();
    }

    /** Reads a JSON object from its text. */
    public static JsonObject parse(String text) {
        try (JsonReader reader = PROVIDER.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    /** Reads a JSON array from its text. */
    public static jakarta.json.JsonArray parseArray(String text) {
        try (JsonReader reader = PROVIDER.createReader(new StringReader(text))) {
            return reader.readArray();
        }
    }
}

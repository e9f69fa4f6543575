package io.ordertrail.platform.i18n;

import io.ordertrail.platform.Jsons;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A sentence the rules say and keep, such as why an order's status changed or how its date was worked out: kept as
 * its bundle key and arguments, so that each reader sees it in their own language. An argument is text, a number, a
 * day (written as the reader's language writes days) or another phrase (said in the same language). A phrase of
 * several parts is said as its parts joined by "; ".
 *
 * <p>Stored as JSON ({@link #toJson()}) next to its English text, which the records and the API keep.
 */
public final class Phrase implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final List<Serializable> arguments;
    /** Said inside a sentence: see {@link Texts#inSentence(String)}. */
    private final boolean inSentence;

    private Phrase(String key, List<Serializable> arguments) {
        this(key, arguments, false);
    }

    private Phrase(String key, List<Serializable> arguments, boolean inSentence) {
        this.key = key;
        this.arguments = List.copyOf(arguments);
        this.inSentence = inSentence;
    }

    /** The sentence of {@code key} with its arguments: text, whole numbers, decimals, days and phrases. */
    public static Phrase of(String key, Object... arguments) {
        List<Serializable> kept = new ArrayList<>();
        for (Object argument : arguments) {
            kept.add(checked(argument));
        }
        return new Phrase(Objects.requireNonNull(key), kept);
    }

    /** The label of a value of a list the pages offer, such as a channel: its key is "Channel.PHONE". */
    public static Phrase label(Enum<?> value) {
        return of(labelKey(value));
    }

    /** The label of a list's value as it reads inside a sentence ("by phone", "per Telefon"). */
    public static Phrase labelInSentence(Enum<?> value) {
        return new Phrase(labelKey(value), List.of(), true);
    }

    /** The bundle key of an enum value's label: its type's simple name, a dot and its name. */
    public static String labelKey(Enum<?> value) {
        return value.getDeclaringClass().getSimpleName() + "." + value.name();
    }

    /** The parts said one after the other, joined by "; ". */
    public static Phrase joined(List<Phrase> parts) {
        return new Phrase(null, new ArrayList<>(parts));
    }

    /** Phrases listed with commas, as a sentence lists things: "unusual quantity, high value". None: empty. */
    public static Phrase listed(List<Phrase> parts) {
        if (parts.isEmpty()) {
            return joined(parts);
        }
        Phrase list = parts.get(0);
        for (Phrase next : parts.subList(1, parts.size())) {
            list = Phrase.of("list.comma", list, next);
        }
        return list;
    }

    private static Serializable checked(Object argument) {
        if (argument instanceof Integer number) {
            return number.longValue(); // as it is read back
        }
        if (argument instanceof String
                || argument instanceof Integer
                || argument instanceof Long
                || argument instanceof BigDecimal
                || argument instanceof LocalDate
                || argument instanceof Phrase) {
            return (Serializable) argument;
        }
        throw new IllegalArgumentException("A phrase keeps text, numbers, days and phrases, not " + argument);
    }

    /** The sentence in the language of {@code texts}. */
    public String in(Texts texts) {
        if (key == null) {
            List<String> said = new ArrayList<>();
            arguments.forEach(part -> said.add(((Phrase) part).in(texts)));
            return String.join("; ", said);
        }
        Object[] values = new Object[arguments.size()];
        for (int i = 0; i < values.length; i++) {
            Object argument = arguments.get(i);
            values[i] = argument instanceof Phrase phrase
                    ? phrase.in(texts)
                    : argument instanceof LocalDate day ? texts.date(day) : argument;
        }
        String said = texts.get(key, values);
        return inSentence ? texts.inSentence(said) : said;
    }

    /** The sentence in English, as the records keep it. */
    public String inEnglish() {
        return in(Texts.in(Locale.ENGLISH));
    }

    /** The phrase kept as JSON, read back with {@link #fromJson(String)}. */
    public String toJson() {
        return json().toString();
    }

    private JsonObject json() {
        JsonArrayBuilder values = Jsons.array();
        for (Serializable argument : arguments) {
            if (argument instanceof Phrase phrase) {
                values.add(phrase.json());
            } else if (argument instanceof LocalDate day) {
                values.add(Jsons.object().add("d", day.toString()));
            } else if (argument instanceof String text) {
                values.add(text);
            } else if (argument instanceof BigDecimal decimal) {
                values.add(decimal);
            } else {
                values.add(((Number) argument).longValue());
            }
        }
        JsonObjectBuilder object = Jsons.object();
        if (key == null) {
            object.add("j", values);
        } else {
            object.add("k", key).add("a", values);
            if (inSentence) {
                object.add("s", true);
            }
        }
        return object.build();
    }

    /** The phrase kept by {@link #toJson()}; null for null (a sentence kept before phrases were). */
    public static Phrase fromJson(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        return read(Jsons.parse(json));
    }

    private static Phrase read(JsonObject object) {
        boolean joined = object.containsKey("j");
        JsonArray values = object.getJsonArray(joined ? "j" : "a");
        List<Serializable> arguments = new ArrayList<>();
        for (JsonValue value : values) {
            arguments.add(
                    switch (value.getValueType()) {
                        case STRING -> ((JsonString) value).getString();
                        case NUMBER -> {
                            JsonNumber number = (JsonNumber) value;
                            yield number.isIntegral() ? (Serializable) number.longValue() : number.bigDecimalValue();
                        }
                        case OBJECT -> {
                            JsonObject nested = value.asJsonObject();
                            yield nested.containsKey("d") ? LocalDate.parse(nested.getString("d")) : read(nested);
                        }
                        default -> throw new IllegalArgumentException("Not a kept phrase: " + object);
                    });
        }
        return new Phrase(
                joined ? null : object.getString("k"), arguments, object.containsKey("s") && object.getBoolean("s"));
    }

    public String key() {
        return key;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Phrase that
                && Objects.equals(key, that.key)
                && arguments.equals(that.arguments)
                && inSentence == that.inSentence;
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, arguments, inSentence);
    }

    @Override
    public String toString() {
        return inEnglish();
    }
}

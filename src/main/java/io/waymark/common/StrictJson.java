package io.waymark.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;

/**
 * A request body means one thing or is refused: a key given twice ({@code {"name":"a","name":"b"}}), anything after
 * the JSON value ({@code {...}}xyz}), an enum value with spaces around it, and a date outside the years a record can
 * be about, and a date written as a number or a list are 400s naming the field, never a guess at which value was meant nor a 500 from the database.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** The years any date in Waymark can fall in: no one born before, nothing planned after. */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2100;
    static final String OUT_OF_RANGE = "must be a date from " + FIRST_YEAR + " to " + LAST_YEAR;
    static final String NOT_WRITTEN_AS_DATE = "must be a date written as text, such as 2026-03-31";
    static final String PADDED = "must be one of the listed values, without spaces";

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.registerModule(new SimpleModule("strict-values").setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                    BeanDescription description, JsonDeserializer<?> deserializer) {
                return new Checked(deserializer, true);
            }

            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                return type == LocalDate.class || type == OffsetDateTime.class ? new Checked(deserializer, false) : deserializer;
            }
        }));
    }

    /** True for a date (or date and time) in the years a record can be about. */
    public static boolean inRange(Temporal date) {
        int year = date.get(ChronoField.YEAR);
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** Refuses an enum value with spaces around it, or a date out of range, before the value is used. */
    private static final class Checked extends DelegatingDeserializer {

        private final boolean isEnum;

        Checked(JsonDeserializer<?> delegate, boolean isEnum) {
            super(delegate);
            this.isEnum = isEnum;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Checked(delegate, isEnum);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (isEnum && parser.currentToken() == JsonToken.VALUE_STRING
                    && !parser.getText().equals(parser.getText().strip())) {
                throw InvalidFormatException.from(parser, PADDED, parser.getText(), handledType());
            }
            if (!isEnum && parser.currentToken() != JsonToken.VALUE_STRING) {
                throw InvalidFormatException.from(parser, NOT_WRITTEN_AS_DATE, parser.getText(), handledType());
            }
            Object value = super.deserialize(parser, context);
            if (value instanceof Temporal date && !inRange(date)) {
                throw InvalidFormatException.from(parser, OUT_OF_RANGE, parser.getText(), handledType());
            }
            return value;
        }
    }
}

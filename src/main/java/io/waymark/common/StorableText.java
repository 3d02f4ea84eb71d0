package io.waymark.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * PostgreSQL cannot store the NUL character in text, so text containing it is refused at the door with the field
 * named, rather than failing in the database: in JSON bodies (a string deserializer) and in query and path
 * parameters (a request filter). The string deserializer also refuses a number or a boolean for a text field.
 */
@Singleton
public class StorableText implements ObjectMapperCustomizer {

    static final String NUL = "\u0000";
    static final String MESSAGE = "contains a NUL character, which cannot be stored";
    static final String NOT_TEXT = "must be text, in quotes";

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("storable-text").addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                // Text is text: a number or true/false where words are expected is a mistake, not words.
                if (parser.currentToken() != null && parser.currentToken().isScalarValue()
                        && parser.currentToken() != JsonToken.VALUE_STRING) {
                    throw InvalidFormatException.from(parser, NOT_TEXT, parser.getText(), String.class);
                }
                String value = super.deserialize(parser, context);
                if (value != null && value.contains(NUL)) {
                    throw InvalidFormatException.from(parser, MESSAGE, value, String.class);
                }
                return value;
            }
        }));
    }

    @ServerRequestFilter
    public void refuseNulInParameters(UriInfo uri) {
        check(uri.getQueryParameters());
        check(uri.getPathParameters());
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (parameter.getValue().stream().anyMatch(v -> v != null && v.contains(NUL))) {
                throw new InvalidInput(parameter.getKey(), MESSAGE);
            }
        }
    }
}

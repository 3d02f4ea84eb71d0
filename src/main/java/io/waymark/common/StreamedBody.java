package io.waymark.common;

import java.io.IOException;
import java.io.OutputStream;

/**
 * An answer's body written as it is read (a document's file, a zip of many): never held whole in memory. Written by
 * {@link StreamedBodyWriter} whatever the request's Accept says, since a file is what it is.
 */
public record StreamedBody(Writer writer) {

    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }
}

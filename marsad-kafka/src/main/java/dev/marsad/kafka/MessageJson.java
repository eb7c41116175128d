package dev.marsad.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reading a record value of the Marsad topics: a one-line error naming the record when it is not JSON. */
final class MessageJson {
    private MessageJson() {
    }

    /** The JSON tree of {@code json} (null for an empty value); {@code where} names the record in the error. */
    static JsonNode tree(ObjectMapper mapper, String json, String where) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(where + ": not JSON (" + e.getOriginalMessage() + ")", e);
        }
    }
}

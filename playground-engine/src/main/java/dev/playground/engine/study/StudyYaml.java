package dev.playground.engine.study;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.stream.Collectors;

/**
 * Reads the study YAML files and turns Jackson's complaints into plain words that name the file,
 * the item and the field, so whoever edits the content knows what to fix.
 */
final class StudyYaml {
    private final ObjectMapper mapper;

    StudyYaml() {
        YAMLFactory factory = YAMLFactory.builder().build();
        factory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper = new ObjectMapper(factory)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    }

    JsonNode read(byte[] content, String file) throws StudyContentException {
        try {
            JsonNode node = mapper.readTree(content);
            if (node == null || node.isMissingNode() || node.isNull()) throw new StudyContentException(file + " is empty.");
            return node;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new StudyContentException(file + " is not valid YAML" + where + ": " + firstLine(e.getOriginalMessage())
                    + ". Check the indentation and quoting there.", e);
        } catch (java.io.IOException e) {
            throw new StudyContentException(file + " could not be read: " + e.getMessage(), e);
        }
    }

    <T> T bind(JsonNode node, Class<T> type, String where) throws StudyContentException {
        try {
            return mapper.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new StudyContentException(where + ": " + plain(e), e);
        } catch (IllegalArgumentException e) {
            throw new StudyContentException(where + ": " + firstLine(e.getMessage()), e);
        }
    }

    static String plain(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds() == null ? ""
                    : " (the fields here are " + unknown.getKnownPropertyIds().stream().map(Object::toString).sorted()
                            .collect(Collectors.joining(", ")) + ")";
            return "unknown field '" + path(unknown) + "'" + known + ". Remove it or fix its spelling.";
        }
        if (e instanceof InvalidFormatException invalid) {
            return "'" + path(invalid) + "' is '" + invalid.getValue() + "', which is not a valid "
                    + describe(invalid.getTargetType()) + ".";
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return "'" + path(mapping) + "' has the wrong kind of value (" + firstLine(mapping.getOriginalMessage()) + ").";
        }
        return firstLine(e.getOriginalMessage());
    }

    private static String describe(Class<?> type) {
        if (type == null) return "value";
        if (type.isEnum()) {
            StringBuilder names = new StringBuilder();
            for (Object constant : type.getEnumConstants()) {
                if (!names.isEmpty()) names.append(" or ");
                names.append(constant instanceof QuestionType t ? t.code() : constant.toString());
            }
            return "value (use " + names + ")";
        }
        return type == int.class || type == Integer.class ? "whole number" : type.getSimpleName();
    }

    private static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!out.isEmpty()) out.append('.');
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    static String firstLine(String message) {
        if (message == null) return "unreadable";
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}

package org.backcoach.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One top-level section of {@code config/backcoach.yaml}, checked for unknown keys; absent file or section reads as empty. */
final class ConfigFile {
    private final Path file;
    private final String section;
    private final JsonNode node;

    private ConfigFile(Path file, String section, JsonNode node) {
        this.file = file;
        this.section = section;
        this.node = node;
    }

    static ConfigFile section(Path file, String section, Set<String> keys) {
        if (!Files.isRegularFile(file)) {
            return new ConfigFile(file, section, null);
        }
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (JsonProcessingException e) {
            // The original message only: the full one may quote the line, and the line may hold a secret.
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new InvalidSettingException(file + " is not valid YAML" + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidSettingException(file + " cannot be read: " + e.getClass().getSimpleName());
        }
        JsonNode node = root == null || root.isMissingNode() || root.isNull() ? null : root.get(section);
        if (node == null || node.isNull()) {
            return new ConfigFile(file, section, null);
        }
        if (!node.isObject()) {
            throw new InvalidSettingException(section + " in " + file + " must be a mapping with the keys " + sorted(keys));
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!keys.contains(name)) {
                throw new InvalidSettingException(section + "." + name + " in " + file + " is not a setting; accepted keys: "
                        + sorted(keys));
            }
        }
        return new ConfigFile(file, section, node);
    }

    /** A scalar as text (numbers too), blank as empty. */
    Optional<String> text(String key) {
        if (node == null) {
            return Optional.empty();
        }
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isValueNode()) {
            throw new InvalidSettingException(where(key) + " must be a single value, not a list or mapping");
        }
        return nonBlank(value.asText());
    }

    /**
     * A value that must be written as a string. YAML reads some unquoted values as numbers (a bot
     * token's "123:456" part can become a base-60 number), so secrets must be quoted.
     */
    Optional<String> string(String key) {
        JsonNode value = node == null ? null : node.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new InvalidSettingException(where(key) + " must be a string (quote it)");
        }
        return nonBlank(value.asText());
    }

    /** A list of scalars, or one scalar of comma-separated values; empty when absent. */
    List<String> texts(String key) {
        JsonNode value = node == null ? null : node.get(key);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (value.isValueNode()) {
            return List.of(value.asText().split(","));
        }
        if (!value.isArray()) {
            throw new InvalidSettingException(where(key) + " must be a list or a comma-separated value, not a mapping");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isValueNode()) {
                throw new InvalidSettingException(where(key) + " must be a list of single values");
            }
            values.add(item.asText());
        }
        return values;
    }

    /** How to name a key in messages: {@code database.url in config/backcoach.yaml}. */
    String where(String key) {
        return section + "." + key + " in " + file;
    }

    static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    private static String sorted(Set<String> keys) {
        return String.join(", ", keys.stream().sorted().toList());
    }
}

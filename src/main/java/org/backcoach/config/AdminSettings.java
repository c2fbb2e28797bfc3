package org.backcoach.config;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who may use the admin command {@code /stats}: the chat ids in {@code BACKCOACH_ADMIN_CHAT_IDS}
 * (comma-separated), else {@code admin.chat-ids} in {@code config/backcoach.yaml} (a list, or the same
 * comma-separated text). None by default: then {@code /stats} is an unknown command for everyone.
 */
public record AdminSettings(Set<Long> chatIds) {

    public static final String CHAT_IDS_ENV = "BACKCOACH_ADMIN_CHAT_IDS";
    public static final AdminSettings NONE = new AdminSettings(Set.of());

    public AdminSettings {
        chatIds = Set.copyOf(chatIds);
    }

    public static AdminSettings load() {
        return load(System.getenv(), TelegramSettings.DEFAULT_FILE);
    }

    public static AdminSettings load(Map<String, String> env, Path file) {
        ConfigFile config = ConfigFile.section(file, "admin", Set.of("chat-ids"));
        Optional<String> fromEnv = ConfigFile.nonBlank(env.get(CHAT_IDS_ENV));
        if (fromEnv.isPresent()) {
            return new AdminSettings(parse(List.of(fromEnv.get().split(",")), CHAT_IDS_ENV));
        }
        return new AdminSettings(parse(config.texts("chat-ids"), config.where("chat-ids")));
    }

    public boolean isAdmin(long chatId) {
        return chatIds.contains(chatId);
    }

    private static Set<Long> parse(List<String> values, String source) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String value : values) {
            String id = value.strip();
            if (id.isEmpty()) {
                continue;
            }
            try {
                ids.add(Long.parseLong(id));
            } catch (NumberFormatException e) {
                throw new InvalidSettingException(source + " has '" + id + "'; accepted: Telegram chat ids (whole numbers,"
                        + " negative for groups), separated by commas, e.g. 123456789,-1001234567890");
            }
        }
        return ids;
    }
}

package org.backcoach.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;

final class JsonNodeFactoryHolder {
    private JsonNodeFactoryHolder() {
    }

    static ObjectNode emptyObject() {
        ObjectNode node = FakeBotApi.JSON.createObjectNode();
        node.putObject("chat").put("id", 1L).put("type", "private");
        node.putObject("from").put("id", 1L).put("is_bot", false).put("first_name", "X");
        node.put("date", 0);
        node.putObject("old_chat_member").put("status", "member").putObject("user").put("id", 1L).put("is_bot", false).put("first_name", "X");
        node.putObject("new_chat_member").put("status", "kicked").put("until_date", 0).putObject("user").put("id", 1L).put("is_bot", false).put("first_name", "X");
        return node;
    }
}

-- Daily tips, feedback and the door's memory across restarts.
-- Portable SQL: runs unchanged on SQLite and PostgreSQL. Instants are epoch milliseconds (BIGINT),
-- booleans are BOOLEAN (0/1 in SQLite), chat ids are BIGINT (Telegram's ids exceed 32 bits).

CREATE TABLE subscriptions (
    chat_id       BIGINT       NOT NULL PRIMARY KEY,
    local_time    VARCHAR(5)   NOT NULL,   -- HH:MM in the subscriber's zone
    zone_id       VARCHAR(64)  NOT NULL,   -- IANA id (Europe/Berlin) or offset (UTC+02:00)
    active        BOOLEAN      NOT NULL,
    next_due_at   BIGINT       NOT NULL,   -- the next delivery instant
    tip_position  BIGINT       NOT NULL,   -- rotation position of the next tip
    claimed_until BIGINT,                  -- a scheduler is sending it; others keep off until then
    created_at    BIGINT       NOT NULL,
    updated_at    BIGINT       NOT NULL
);

CREATE INDEX subscriptions_due ON subscriptions (active, next_due_at);

-- One row per tip sent; (chat_id, due_at) also makes recording the same due tip twice impossible.
CREATE TABLE deliveries (
    chat_id      BIGINT       NOT NULL,
    due_at       BIGINT       NOT NULL,
    section_id   VARCHAR(200) NOT NULL,
    tip_position BIGINT       NOT NULL,
    sent_at      BIGINT       NOT NULL,
    message_id   BIGINT       NOT NULL,   -- Telegram's id of the message it accepted
    PRIMARY KEY (chat_id, due_at)
);

-- The latest vote of a chat on a section.
CREATE TABLE feedback (
    chat_id    BIGINT       NOT NULL,
    section_id VARCHAR(200) NOT NULL,
    helpful    BOOLEAN      NOT NULL,
    given_at   BIGINT       NOT NULL,
    PRIMARY KEY (chat_id, section_id)
);

-- Updates already answered, so that Telegram's redelivery after a restart is not answered again.
CREATE TABLE handled_updates (
    update_id  BIGINT NOT NULL PRIMARY KEY,
    handled_at BIGINT NOT NULL
);

CREATE INDEX handled_updates_at ON handled_updates (handled_at);

-- Chats that answered 403 (bot blocked or removed): nothing is sent to them until they write again.
CREATE TABLE inactive_chats (
    chat_id BIGINT NOT NULL PRIMARY KEY,
    since   BIGINT NOT NULL
);

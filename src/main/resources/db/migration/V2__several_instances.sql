-- Several instances on one database: who holds a claim, and a question log for /stats.
-- Portable SQL, like V1: runs unchanged on SQLite and PostgreSQL.

-- The instance that claimed the row (with claimed_until): a claim is (claimed_by, claimed_until), so two
-- instances that pick the same expiry millisecond never mistake each other's rows for their own.
ALTER TABLE subscriptions ADD COLUMN claimed_by VARCHAR(100);

-- One row per free-text message the Telegram door answered: when, what kind of reply, which escalation
-- level. No text and no chat id: /stats needs counts, nothing that identifies a person.
CREATE TABLE question_log (
    asked_at   BIGINT      NOT NULL,
    kind       VARCHAR(16) NOT NULL,   -- answer, fallback, escalation, smalltalk
    escalation VARCHAR(16)             -- emergency, urgent, stop; NULL unless kind is escalation
);

CREATE INDEX question_log_at ON question_log (asked_at);

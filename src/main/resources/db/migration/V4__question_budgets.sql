-- Each chat user's questions this minute, shared by every replica on one database, so a user whose messages the
-- load balancer spreads over replicas still has one budget (PROTOCOL_QUESTIONS_PER_MINUTE). One row per user per
-- minute: a replica adds one to the row, or inserts it; rows of past minutes are deleted now and then.
-- user_key is a SHA-256 of the surface and the platform's user id, never the id itself or a name.

CREATE TABLE question_budget (
    surface      VARCHAR(16) NOT NULL,
    user_key     CHAR(64)    NOT NULL,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    spent        INTEGER     NOT NULL,
    PRIMARY KEY (surface, user_key, window_start)
);

CREATE INDEX question_budget_window_start ON question_budget (window_start);

-- Which incoming chat messages have been answered, shared by every replica on one database, so a message that
-- Slack or the Bot Framework delivers again (perhaps to another replica) is answered once. A replica claims a
-- message by inserting its key; the primary key makes exactly one insert win, in H2 2.x and PostgreSQL 12+ alike.
-- Keys are Slack channel:ts pairs and Teams conversation:activity ids: no user id, name or message text.

CREATE TABLE delivery_claim (
    surface    VARCHAR(16)  NOT NULL,
    claim_key  VARCHAR(512) NOT NULL,
    claimed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (surface, claim_key)
);

CREATE INDEX delivery_claim_claimed_at ON delivery_claim (claimed_at);

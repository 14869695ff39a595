-- People who log in to the web pages. password_hash: bcrypt (never the password). A person who
-- leaves is made inactive rather than deleted, so the audit trail keeps naming them.
CREATE TABLE users (
    username      VARCHAR(64)  PRIMARY KEY,
    password_hash VARCHAR(100) NOT NULL,
    role          VARCHAR(16)  NOT NULL,
    active        BOOLEAN      DEFAULT TRUE NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_users_role CHECK (role IN ('clerk', 'verifier', 'admin'))
);

-- Server-side sessions. id_hash: SHA-256 of the cookie's value, so the table alone does not let
-- anyone take over a session. csrf_token: echoed by the pages in the X-CSRF-Token header.
CREATE TABLE sessions (
    id_hash      CHAR(64)    PRIMARY KEY,
    username     VARCHAR(64) NOT NULL REFERENCES users (username),
    csrf_token   VARCHAR(64) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_sessions_user ON sessions (username);

-- Console sessions, shared by every node on the database, so a consultant signed in through one node works
-- through any other (no sticky sessions at the load balancer). The cookie itself is never stored: only its
-- SHA-256, so a copy of the database signs nobody in. Expired rows are deleted at the next sign-in.
CREATE TABLE console_session (
    token_hash   VARCHAR(64)              NOT NULL PRIMARY KEY,
    csrf_token   VARCHAR(64)              NOT NULL,
    login        VARCHAR(64)              NOT NULL,
    signed_in_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX console_session_by_login ON console_session (login);

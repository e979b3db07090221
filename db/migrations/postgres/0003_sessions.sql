-- Version 3, frozen: signed-in browsers, shared by every replica.

CREATE TABLE sessions (
    id character varying(64) PRIMARY KEY,
    person_id bigint,
    subject character varying(255) NOT NULL,
    user_key character varying(254) DEFAULT ''::character varying NOT NULL,
    email character varying(254) DEFAULT ''::character varying NOT NULL,
    name character varying(200) DEFAULT ''::character varying NOT NULL,
    roles character varying(200) DEFAULT ''::character varying NOT NULL,
    demo boolean DEFAULT false NOT NULL,
    id_token text DEFAULT ''::text NOT NULL,
    refresh_token text DEFAULT ''::text NOT NULL,
    token_expiry timestamp with time zone,
    created_at timestamp with time zone NOT NULL,
    last_seen_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    version bigint DEFAULT 1 NOT NULL
);
CREATE INDEX idx_sessions_expires_at ON sessions (expires_at);
CREATE INDEX idx_sessions_last_seen_at ON sessions (last_seen_at);
CREATE INDEX idx_sessions_person_id ON sessions (person_id);

-- One set of migrations for SQLite and PostgreSQL. The only dialect difference, the auto-numbered key,
-- comes from the Flyway placeholder ${identity} (see Database). Times are epoch milliseconds (UTC).

-- A complaint as filed. It holds no IP address and no name; the phone, when given, is sealed (AES-GCM)
-- with a key that lives outside the database, and the receipt code exists here only as a keyed hash.
CREATE TABLE complaint (
    id            ${identity},
    -- SHA-256 of the per-form nonce: the same form sent twice is one complaint.
    nonce_hash    VARCHAR(64)   NOT NULL UNIQUE,
    receipt_hash  VARCHAR(64)   NOT NULL UNIQUE,
    project       VARCHAR(100)  NOT NULL,
    kind          VARCHAR(16)   NOT NULL,
    description   TEXT          NOT NULL,
    phone_sealed  VARCHAR(200)  NOT NULL,
    anonymous     INTEGER       NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    public_reply  TEXT          NOT NULL,
    internal_note TEXT          NOT NULL,
    received_at   BIGINT        NOT NULL,
    updated_at    BIGINT        NOT NULL,
    -- When the complaint reached 已办结 or 不予受理; 0 while open.
    closed_at     BIGINT        NOT NULL
);
CREATE INDEX complaint_status ON complaint (status, received_at);
CREATE INDEX complaint_project ON complaint (project);

-- Every change staff make: who, when, from which status to which, and what they wrote.
CREATE TABLE complaint_event (
    id            ${identity},
    complaint_id  BIGINT        NOT NULL REFERENCES complaint (id),
    staff         VARCHAR(64)   NOT NULL,
    at            BIGINT        NOT NULL,
    from_status   VARCHAR(16)   NOT NULL,
    to_status     VARCHAR(16)   NOT NULL,
    public_reply  TEXT          NOT NULL,
    internal_note TEXT          NOT NULL
);
CREATE INDEX complaint_event_complaint ON complaint_event (complaint_id, at);

CREATE TABLE staff (
    name          VARCHAR(64)   NOT NULL PRIMARY KEY,
    password_hash VARCHAR(200)  NOT NULL,
    created_at    BIGINT        NOT NULL
);

-- Staff desk sessions; the cookie holds the token, this table only its SHA-256.
CREATE TABLE staff_session (
    token_hash    VARCHAR(64)   NOT NULL PRIMARY KEY,
    staff         VARCHAR(64)   NOT NULL REFERENCES staff (name),
    expires_at    BIGINT        NOT NULL
);

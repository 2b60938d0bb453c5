-- Sessions: one per sign-in (its id is the refresh-token family's) or per machine-client token. Access tokens carry
-- the session's id (claim sid); every request checks it together with the account, so a signed-out session is
-- refused at once on every instance.
CREATE TABLE user_session (
    id          BINARY(16) NOT NULL PRIMARY KEY,
    user_id     BINARY(16) NOT NULL,
    client_id   VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
    created_at  DATETIME(6) NOT NULL,
    -- When its last token expires; past it (and a day), the row is removed.
    expires_at  DATETIME(6) NOT NULL,
    revoked_at  DATETIME(6) NULL,
    CONSTRAINT fk_user_session_user FOREIGN KEY (user_id) REFERENCES user_account (id),
    INDEX ix_user_session_user (user_id),
    INDEX ix_user_session_expires (expires_at)
) ENGINE = InnoDB;

-- Every sign-in alive today becomes a session: its refresh tokens go on working; its access tokens (which name no
-- session) are refused and renewed with the refresh token.
INSERT INTO user_session (id, user_id, client_id, created_at, expires_at, revoked_at)
SELECT family_id, MIN(user_id), MIN(client_id), MIN(issued_at), MAX(expires_at),
       CASE WHEN COUNT(revoked_at) = COUNT(*) THEN MAX(revoked_at) END
FROM refresh_token
GROUP BY family_id;

-- A rotated refresh token keeps, for a short reuse interval, the pair it was exchanged for, sealed with a key derived
-- from its own value (which only the client holds): a mobile client that lost the answer and retries gets the same
-- pair instead of being signed out.
ALTER TABLE refresh_token
    ADD COLUMN replay_until DATETIME(6) NULL,
    ADD COLUMN replay_sealed BLOB NULL;

-- Why an attempt failed (wrong password, locked, unknown account, ...), for the sign-in log.
ALTER TABLE auth_event
    ADD COLUMN reason VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NULL;

-- Several servers on one database.
-- upload_reservation: an upload being evaluated right now, counted against its account's hourly limit
-- with the evaluations stored in the last hour. It is taken in one transaction that locks the
-- account's upload_quota_lock row, and deleted in the transaction that stores the evaluation (or when the upload
-- is refused). A reservation older than its server could still be evaluating (its server stopped)
-- no longer counts.
CREATE TABLE upload_reservation (
    id          VARCHAR(36)  PRIMARY KEY,
    username    VARCHAR(100) NOT NULL,
    reserved_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX upload_reservation_user ON upload_reservation (username, reserved_at);
CREATE TABLE upload_quota_lock (
    username VARCHAR(100) PRIMARY KEY
);

-- Named locks shared by every server: a row locked (SELECT ... FOR UPDATE) for the length of one
-- transaction. 'first-run': the accounts made at start; 'rule-publish': one publish at a time.
CREATE TABLE app_lock (
    name VARCHAR(50) PRIMARY KEY
);
INSERT INTO app_lock (name) VALUES ('first-run');
INSERT INTO app_lock (name) VALUES ('rule-publish');

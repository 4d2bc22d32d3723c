-- The files of every rule set version an evaluation used, kept once per content hash, so that a
-- stored evaluation can be re-run under the rules it recorded after they were edited or replaced.
CREATE TABLE rule_snapshot (
    content_hash VARCHAR(100) PRIMARY KEY,           -- the hash recorded as id@version#contentHash
    rule_set     VARCHAR(100) NOT NULL,
    version      VARCHAR(50)  NOT NULL,
    files        TEXT         NOT NULL,              -- JSON object: path in the version folder -> text
    kept_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

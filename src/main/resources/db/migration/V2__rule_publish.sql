-- Rule editor (issue 6): every publish or revert of a rule set version, with what reverts it.
-- "user" and "at" are reserved words in SQL, hence published_by / published_at.
CREATE TABLE rule_publish (
    id           VARCHAR(36)  PRIMARY KEY,
    published_by VARCHAR(100) NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE NOT NULL,
    rule_set     VARCHAR(100) NOT NULL,
    version      VARCHAR(50)  NOT NULL,
    diff         TEXT         NOT NULL,              -- unified diff of the published files
    hash_before  VARCHAR(100) NOT NULL,
    hash_after   VARCHAR(100) NOT NULL,
    files_before TEXT         NOT NULL,              -- JSON object: file name -> text before the publish
    revert_of    VARCHAR(36)  REFERENCES rule_publish (id)
);
CREATE INDEX rule_publish_at ON rule_publish (published_at);

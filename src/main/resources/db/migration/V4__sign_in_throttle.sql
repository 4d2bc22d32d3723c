-- Failed sign-ins, counted per account ('account:<name>') and per client address ('address:<ip>'),
-- shared by every server on the database. A key whose failures reach the limit is locked until
-- locked_until, for a delay that doubles with each further failure (see docs/web.md, Sign-in).
-- pending: attempts whose password is being checked right now (since pending_since); with the
-- failures they may not pass the limit, so simultaneous guesses cannot slip past it together.
CREATE TABLE sign_in_throttle (
    throttle_key  VARCHAR(200) NOT NULL PRIMARY KEY,
    failures      INTEGER      NOT NULL,
    last_failure  TIMESTAMP WITH TIME ZONE,
    locked_until  TIMESTAMP WITH TIME ZONE,
    pending       INTEGER      NOT NULL,
    pending_since TIMESTAMP WITH TIME ZONE
);

CREATE INDEX sign_in_throttle_last_failure ON sign_in_throttle (last_failure);

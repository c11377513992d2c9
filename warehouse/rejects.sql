-- Inputs that could not be loaded, with where they came from and why.
CREATE TABLE IF NOT EXISTS rejects (
    run_id  VARCHAR NOT NULL,
    source  VARCHAR NOT NULL,   -- file path
    record  VARCHAR,            -- line or row number within the file, NULL for the whole file
    reason  VARCHAR NOT NULL
);

-- One row per source document (article, feed item, ACLED event); document_id is the record's own id or a content hash.
CREATE TABLE IF NOT EXISTS documents (
    document_id  VARCHAR PRIMARY KEY,
    report_date  DATE,
    title        VARCHAR,
    text         VARCHAR NOT NULL,
    url          VARCHAR,
    source       VARCHAR,
    source_path  VARCHAR,
    run_id       VARCHAR NOT NULL
);

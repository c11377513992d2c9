-- Infrastructure taxonomy: target_category -> target_type, loaded from etl/data/taxonomy.toml.
CREATE TABLE IF NOT EXISTS taxonomy (
    target_type     VARCHAR PRIMARY KEY,
    target_category VARCHAR NOT NULL,
    label           VARCHAR NOT NULL,
    description     VARCHAR
);

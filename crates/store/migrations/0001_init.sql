-- rasid store, schema version 1: articles, stories (near-duplicate groups), LSH bands,
-- events with indexed columns and the full record as JSON, event clusters.

CREATE TABLE articles (
    rowid         INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    title         TEXT,
    date          TEXT,            -- YYYY-MM-DD: metadata, caller or dateline
    input_date    TEXT,            -- the date the input or caller gave (re-coding uses it)
    url           TEXT,
    source        TEXT,            -- outlet
    text          TEXT NOT NULL,   -- as read; evidence offsets index into it
    content_hash  TEXT NOT NULL UNIQUE,
    minhash       BLOB,            -- 128 x u32 little-endian, NULL for very short texts
    story         INTEGER NOT NULL,-- rowid of the story's first article
    coder_version TEXT NOT NULL,
    indexed       INTEGER NOT NULL DEFAULT 0, -- 1 once in the full-text index
    ingested_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE UNIQUE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
CREATE INDEX articles_story ON articles(story);
CREATE INDEX articles_date ON articles(date);
CREATE INDEX articles_pending ON articles(indexed) WHERE indexed = 0;

-- MinHash LSH: one row per (article, band).
CREATE TABLE lsh (
    band    INTEGER NOT NULL,
    key     INTEGER NOT NULL,
    article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE
);
CREATE INDEX lsh_key ON lsh(band, key);

CREATE TABLE events (
    rowid         INTEGER PRIMARY KEY,
    event_id      TEXT NOT NULL,
    article       INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    cluster       INTEGER NOT NULL,
    date          TEXT,
    day           INTEGER,         -- days since 1970-01-01, for date windows
    src_name      TEXT, src_country TEXT, src_sector TEXT, src_code TEXT, src_key TEXT,
    tgt_name      TEXT, tgt_country TEXT, tgt_sector TEXT, tgt_code TEXT, tgt_key TEXT,
    cameo         TEXT NOT NULL,
    root          TEXT NOT NULL,   -- first two digits of cameo
    plover        TEXT,            -- PLOVER event type
    quad_class    INTEGER NOT NULL,
    goldstein     REAL NOT NULL,
    negated       INTEGER NOT NULL,
    modality      TEXT NOT NULL,
    loc_name      TEXT,
    loc_country   TEXT,
    merge_key     TEXT NOT NULL,   -- dyad (party keys) + type + negation: what clusters
    coder_version TEXT NOT NULL,
    record        TEXT NOT NULL    -- the full event record (docs/event-record.md) as JSON
);
CREATE INDEX events_article ON events(article);
CREATE INDEX events_cluster ON events(cluster);
CREATE INDEX events_merge ON events(merge_key, day);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_countries ON events(src_country, tgt_country);
CREATE INDEX events_tgt_country ON events(tgt_country);
CREATE INDEX events_cameo ON events(cameo);
CREATE INDEX events_plover ON events(plover);

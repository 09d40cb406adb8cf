-- An article's last known compliance belongs to the compliance feature, not to the article: its own
-- table, one row per article, so recording it never touches the article row (or its version).
CREATE TABLE article_compliance (
    article_id  BIGINT      NOT NULL PRIMARY KEY REFERENCES article (id),
    status      VARCHAR(10) NOT NULL,
    fingerprint VARCHAR(64) NOT NULL
);

INSERT INTO article_compliance (article_id, status, fingerprint)
    SELECT id, compliance_status, compliance_fingerprint FROM article
    WHERE compliance_status IS NOT NULL AND compliance_fingerprint IS NOT NULL;

ALTER TABLE article DROP COLUMN compliance_status;
ALTER TABLE article DROP COLUMN compliance_fingerprint;

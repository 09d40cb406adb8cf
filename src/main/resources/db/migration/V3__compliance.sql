-- How a publication labels detected mentions (see io.gloss.compliance.LabelPolicy).
ALTER TABLE publication ADD COLUMN label_policy VARCHAR(20) DEFAULT 'AUTOMATIC' NOT NULL;

-- The article's last known compliance, so a registry rescan can tell which articles changed.
ALTER TABLE article ADD COLUMN compliance_status VARCHAR(10);
ALTER TABLE article ADD COLUMN compliance_fingerprint VARCHAR(64);

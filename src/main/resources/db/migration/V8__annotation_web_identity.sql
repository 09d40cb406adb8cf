-- What the W3C Web Annotation Protocol asks a server to keep of an annotation that came from
-- elsewhere: its canonical IRI (kept unchanged) and the id it had there (via). target_source holds
-- the IRI of another resource an annotation is about, when it is not about its article: such an
-- annotation is kept and exported, never shown in the article.
ALTER TABLE annotation ADD COLUMN canonical VARCHAR(2000);
ALTER TABLE annotation ADD COLUMN via VARCHAR(2000);
ALTER TABLE annotation ADD COLUMN target_source VARCHAR(2000);
ALTER TABLE annotation_aud ADD COLUMN canonical VARCHAR(2000);
ALTER TABLE annotation_aud ADD COLUMN via VARCHAR(2000);
ALTER TABLE annotation_aud ADD COLUMN target_source VARCHAR(2000);

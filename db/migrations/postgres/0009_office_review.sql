-- Version 9: the OB office's review of Dezernat agreements. Remarks on an
-- agreement or one of its items (by the parties and the office, while the
-- agreement is a draft or proposed), and the office's review state.
CREATE TABLE agreement_remarks (
  id BIGSERIAL PRIMARY KEY,
  agreement_id BIGINT NOT NULL REFERENCES agreements (id),
  item_id BIGINT REFERENCES agreement_items (id) ON DELETE SET NULL,
  author_id BIGINT NOT NULL REFERENCES people (id),
  text TEXT NOT NULL CHECK (text <> ''),
  created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX idx_agreement_remarks_agreement_id ON agreement_remarks (agreement_id);
ALTER TABLE agreements
  ADD COLUMN office_review TEXT NOT NULL DEFAULT '',
  ADD COLUMN office_reviewed_at TIMESTAMPTZ,
  ADD COLUMN office_reviewer_id BIGINT,
  ADD CONSTRAINT fk_agreements_office_reviewer_id FOREIGN KEY (office_reviewer_id) REFERENCES people (id),
  ADD CONSTRAINT ck_agreements_office_review CHECK (office_review IN ('', 'CHECKED', 'QUERY'));

-- Photos (issue 20): an attachment whose bytes the service keeps in the object store
-- (redgrid.common.objects) under object_key, re-encoded (EXIF out unless location_kept), with a
-- thumbnail. An upload made before its intake (POST /v1/photos) belongs to no ticket yet: the
-- intake (or the step, or the visit) that names it claims it in its own transaction; one never
-- claimed is swept away after settings.photo_pending_hours. `action`: the step it came with
-- (receive, resolve, attach, visit). `public`: staff chose to show it on the public notice (公示).
ALTER TABLE attachments
    ALTER COLUMN ticket_id DROP NOT NULL,
    ADD COLUMN object_key    text UNIQUE,
    ADD COLUMN thumb_key     text,
    ADD COLUMN width         integer,
    ADD COLUMN height        integer,
    ADD COLUMN location_kept boolean NOT NULL DEFAULT false,
    ADD COLUMN public        boolean NOT NULL DEFAULT false,
    ADD COLUMN action        text,
    ADD COLUMN visit_id      uuid REFERENCES visits (id),
    ADD CONSTRAINT attachments_public_without_location CHECK (NOT (public AND location_kept));

-- The uploads waiting for their intake, oldest first (the sweeper's), and a visit's photos.
CREATE INDEX attachments_pending ON attachments (added_at)
    WHERE ticket_id IS NULL AND visit_id IS NULL;
CREATE INDEX attachments_visit ON attachments (visit_id) WHERE visit_id IS NOT NULL;

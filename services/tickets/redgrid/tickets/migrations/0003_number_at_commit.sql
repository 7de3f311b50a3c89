-- The number (一号一档) is given last in the intake transaction, so that the street's counter
-- row is locked only for the number, the event and the commit. A ticket is still never
-- committed without one: a deferred constraint trigger checks at commit.
ALTER TABLE tickets ALTER COLUMN number DROP NOT NULL;

CREATE FUNCTION tickets_numbered() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT number FROM tickets WHERE id = NEW.id) IS NULL THEN
        RAISE EXCEPTION 'ticket % committed without a number', NEW.id
            USING ERRCODE = 'not_null_violation';
    END IF;
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER tickets_numbered AFTER INSERT ON tickets
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION tickets_numbered();

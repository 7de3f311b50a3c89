-- Matching: service orders through the 五单制, offers, bookings, the points ledger, service
-- posts and duty rosters; plus read models of the registry's teams and 双报到 registrations
-- (orgs, grids and people come from the shared read models in libs/common/sql).
-- Times are written from the service's clock (never now()), so that tests can move it.

-- Volunteer teams (志愿服务队) as the registry announces them.
CREATE TABLE teams (
    id         uuid PRIMARY KEY,
    name       text    NOT NULL,
    kind       text    NOT NULL,
    org_id     uuid    NOT NULL,
    org_path   text    NOT NULL,
    skills     text[]  NOT NULL DEFAULT '{}',
    leader_id  uuid,
    member_ids uuid[]  NOT NULL DEFAULT '{}',
    active     boolean NOT NULL DEFAULT true,
    version    bigint  NOT NULL
);
CREATE INDEX teams_org_path ON teams (org_path text_pattern_ops);

-- 双报到: in-service party members (and units) registered with the community where they live.
CREATE TABLE dual_reports (
    id           uuid PRIMARY KEY,
    kind         text NOT NULL,
    person_id    uuid,
    unit_id      uuid,
    community_id uuid NOT NULL,
    reported_on  date NOT NULL,
    ended_on     date
);
CREATE INDEX dual_reports_person ON dual_reports (person_id) WHERE ended_on IS NULL;
CREATE INDEX dual_reports_community ON dual_reports (community_id) WHERE ended_on IS NULL;

-- People's weekly availability windows in minutes, one row each, derived from the people read
-- model by a trigger: the ranking joins them against an order's window instead of unpacking
-- JSON for every person.
CREATE TABLE person_windows (
    person_id uuid NOT NULL,
    weekday   int  NOT NULL,
    start_min int  NOT NULL,
    end_min   int  NOT NULL
);
CREATE INDEX person_windows_day ON person_windows (weekday, person_id);
CREATE INDEX person_windows_person ON person_windows (person_id);

CREATE FUNCTION person_windows_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM person_windows WHERE person_id = NEW.id;
    INSERT INTO person_windows (person_id, weekday, start_min, end_min)
    SELECT NEW.id, (w->>'weekday')::int,
           split_part(w->>'start', ':', 1)::int * 60 + split_part(w->>'start', ':', 2)::int,
           split_part(w->>'end', ':', 1)::int * 60 + split_part(w->>'end', ':', 2)::int
    FROM jsonb_array_elements(NEW.availability) w;
    RETURN NULL;
END $$;
CREATE TRIGGER people_windows AFTER INSERT OR UPDATE OF availability ON people
    FOR EACH ROW EXECUTE FUNCTION person_windows_refresh();

CREATE TABLE orders (
    id                 uuid PRIMARY KEY,
    version            bigint      NOT NULL DEFAULT 1,
    status             text        NOT NULL,
    service_type       text        NOT NULL,
    title              text        NOT NULL,
    description        text        NOT NULL DEFAULT '',
    needs              text[]      NOT NULL DEFAULT '{}',
    urgency            text        NOT NULL,
    community_id       uuid        NOT NULL,
    grid_id            uuid,
    branch_id          uuid,
    org_path           text        NOT NULL,  -- the organisation now holding it: branch, else community
    lat                double precision,
    lng                double precision,
    address            text,                   -- personal data: full only to the resident and assignee
    resident_person_id uuid,
    placed_by          uuid,                   -- null: placed from a ticket
    assignee_person_id uuid,
    assignee_team_id   uuid,
    window_start       timestamptz,
    window_end         timestamptz,
    source_ticket_id   uuid UNIQUE,
    round_offers       int         NOT NULL DEFAULT 0,  -- offers made since staff last dispatched
    offer_expires_at   timestamptz,
    dispatch_due_at    timestamptz,
    rating             int CHECK (rating BETWEEN 1 AND 5),
    comment            text,
    hours              numeric(6, 2),
    placed_at          timestamptz NOT NULL,
    handed_over_at     timestamptz,
    dispatched_at      timestamptz,
    accepted_at        timestamptz,
    started_at         timestamptz,
    completed_at       timestamptz,
    rated_at           timestamptz,
    closed_at          timestamptz,
    updated_at         timestamptz NOT NULL,
    CHECK (window_end > window_start)
);
CREATE INDEX orders_org_path ON orders (org_path text_pattern_ops, id);
CREATE INDEX orders_resident ON orders (resident_person_id, id);
CREATE INDEX orders_assignee ON orders (assignee_person_id)
    WHERE status IN ('dispatched', 'accepted', 'in_progress');
CREATE INDEX orders_team ON orders (assignee_team_id)
    WHERE status IN ('dispatched', 'accepted', 'in_progress');
CREATE INDEX orders_community_placed ON orders (community_id, placed_at);
-- What the sweeper looks for: lapsed offers, undispatched orders, windows gone by.
CREATE INDEX orders_offer_due ON orders (offer_expires_at) WHERE status = 'dispatched';
CREATE INDEX orders_dispatch_due ON orders (dispatch_due_at) WHERE status = 'handed_over';
CREATE INDEX orders_window_due ON orders (window_end)
    WHERE status IN ('placed', 'handed_over', 'dispatched', 'escalated');

-- Every step of every order, in order: the order's complete file.
CREATE TABLE order_steps (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id  uuid        NOT NULL REFERENCES orders (id),
    version   bigint      NOT NULL,
    verb      text        NOT NULL,
    status    text        NOT NULL,
    by_person uuid,
    reason    text,
    note      text,
    at        timestamptz NOT NULL
);
CREATE INDEX order_steps_order ON order_steps (order_id, id);

-- Who was offered an order and what came of it (re-dispatch never offers it to them again).
CREATE TABLE offers (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id    uuid        NOT NULL REFERENCES orders (id),
    person_id   uuid,
    team_id     uuid,
    by_person   uuid,       -- null: the system re-dispatched
    offered_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    outcome     text        NOT NULL DEFAULT 'pending',  -- accepted, refused, lapsed, withdrawn
    answered_at timestamptz,
    CHECK ((person_id IS NULL) <> (team_id IS NULL))
);
CREATE INDEX offers_order ON offers (order_id);

-- The time a person or team is committed to: an accepted order or a roster duty. Taken only
-- under the assignee's advisory lock, after checking that nothing active overlaps.
CREATE TABLE bookings (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id uuid,
    team_id   uuid,
    order_id  uuid REFERENCES orders (id),
    roster_id uuid,
    during    tstzrange NOT NULL,
    active    boolean   NOT NULL DEFAULT true,
    CHECK ((person_id IS NULL) <> (team_id IS NULL)),
    CHECK ((order_id IS NULL) <> (roster_id IS NULL))
);
CREATE INDEX bookings_person ON bookings (person_id) WHERE active;
CREATE INDEX bookings_team ON bookings (team_id) WHERE active;
CREATE INDEX bookings_order ON bookings (order_id) WHERE active;

-- Running totals per person or team, kept by the use cases: past ratings for the ranking.
CREATE TABLE assignee_stats (
    assignee_id uuid PRIMARY KEY,
    kind        text          NOT NULL,
    done        int           NOT NULL DEFAULT 0,
    hours       numeric(10, 2) NOT NULL DEFAULT 0,
    rating_sum  int           NOT NULL DEFAULT 0,
    rating_n    int           NOT NULL DEFAULT 0
);

-- Service hours and points: append-only, one row per award.
CREATE TABLE ledger (
    id           uuid PRIMARY KEY,
    person_id    uuid,
    team_id      uuid,
    order_id     uuid REFERENCES orders (id),
    kind         text          NOT NULL,  -- service, rating_bonus
    hours        numeric(6, 2) NOT NULL,
    points       int           NOT NULL,
    community_id uuid          NOT NULL,  -- credited: the 双报到 community of in-service members
    dual_report  boolean       NOT NULL DEFAULT false,
    at           timestamptz   NOT NULL,
    CHECK ((person_id IS NULL) <> (team_id IS NULL))
);
CREATE INDEX ledger_person ON ledger (person_id, at);
CREATE INDEX ledger_team ON ledger (team_id, at);
CREATE INDEX ledger_community ON ledger (community_id, at);

CREATE FUNCTION ledger_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the points ledger is append-only';
END $$;
CREATE TRIGGER ledger_append_only BEFORE UPDATE OR DELETE ON ledger
    FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only();

-- Service posts (服务岗位) members claim for a period.
CREATE TABLE posts (
    id           uuid PRIMARY KEY,
    kind         text        NOT NULL,
    title        text        NOT NULL,
    description  text        NOT NULL DEFAULT '',
    community_id uuid        NOT NULL,
    org_path     text        NOT NULL,
    seats        int         NOT NULL CHECK (seats > 0),
    starts_on    date        NOT NULL,
    ends_on      date        NOT NULL CHECK (ends_on >= starts_on),
    status       text        NOT NULL DEFAULT 'open',
    version      bigint      NOT NULL DEFAULT 1,
    created_at   timestamptz NOT NULL
);
CREATE INDEX posts_org_path ON posts (org_path text_pattern_ops, id);

CREATE TABLE post_claims (
    id          uuid PRIMARY KEY,
    post_id     uuid        NOT NULL REFERENCES posts (id),
    person_id   uuid        NOT NULL,
    from_on     date        NOT NULL,
    until_on    date        NOT NULL CHECK (until_on >= from_on),
    status      text        NOT NULL DEFAULT 'active',  -- active, released
    claimed_at  timestamptz NOT NULL,
    released_at timestamptz
);
CREATE INDEX post_claims_post ON post_claims (post_id) WHERE status = 'active';
CREATE INDEX post_claims_person ON post_claims (person_id);

-- Recurring duty rosters: the legal clinic's lawyer every Wednesday morning, a monthly
-- volunteer day; the people on the rota take turns, and each duty is a booking.
CREATE TABLE rosters (
    id            uuid PRIMARY KEY,
    title         text        NOT NULL,
    community_id  uuid        NOT NULL,
    org_path      text        NOT NULL,
    frequency     text        NOT NULL,  -- weekly, monthly
    weekday       int         NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    week_of_month int,                  -- monthly: 1-4, or -1 for the last
    start_time    text        NOT NULL,
    end_time      text        NOT NULL,
    starts_on     date        NOT NULL,
    ends_on       date        NOT NULL,
    rota          uuid[]      NOT NULL,
    created_at    timestamptz NOT NULL
);
CREATE INDEX rosters_org_path ON rosters (org_path text_pattern_ops, id);

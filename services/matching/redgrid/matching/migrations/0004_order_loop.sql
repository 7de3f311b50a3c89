-- Orders that close their loop (issue 21): the person who serves a resident learns where to go,
-- each read of the resident's contact on record; ticket-born orders take their contact and
-- their service type from the ticket.

-- How to reach the resident: a ticket's reporter (from tickets' contact.shared) or the phone the
-- registry keeps (contacts). Personal data: shown in full only to the resident and, for the
-- order's life plus a day, to its assignee.
ALTER TABLE orders ADD COLUMN contact_name text, ADD COLUMN contact_phone text;

-- The registry's contact data (redgrid.registry.contact.changed: internal, never to the city).
CREATE TABLE contacts (
    person_id uuid PRIMARY KEY,
    phone     text,
    version   bigint NOT NULL
);

-- A service-need ticket's reporter as tickets shares it (redgrid.tickets.contact.shared), kept
-- by ticket: it may come before or after the ticket's accepted event placed the order.
CREATE TABLE ticket_contacts (
    ticket_id uuid PRIMARY KEY,
    name      text,
    phone     text,
    address   text,
    at        timestamptz NOT NULL
);

-- Every read of an order's contact by its assignee (like the registry's contact access log).
CREATE TABLE contact_reads (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id  uuid        NOT NULL REFERENCES orders (id),
    reader_id uuid        NOT NULL,
    roles     text[]      NOT NULL DEFAULT '{}',
    at        timestamptz NOT NULL
);
CREATE INDEX contact_reads_order ON contact_reads (order_id, id);

-- Which service a ticket's category is, kept as data: a keyword of the ticket's title names the
-- service (the lowest rank wins; every keyword found adds its needs), else the category's
-- default row (keyword ''). A category without rows never becomes an order. Service types and
-- needs in the words residents and offices use (DOMAIN.md, the seeds).
CREATE TABLE ticket_service_types (
    category     text    NOT NULL,
    keyword      text    NOT NULL DEFAULT '',
    service_type text    NOT NULL,
    needs        text[]  NOT NULL DEFAULT '{}',
    rank         int     NOT NULL DEFAULT 100,
    PRIMARY KEY (category, keyword)
);
INSERT INTO ticket_service_types (category, keyword, service_type, needs, rank) VALUES
    ('service_need', '',     '便民服务', '{}',                 1000),
    ('service_need', '助餐', '助餐',     '{助餐}',             10),
    ('service_need', '送餐', '助餐',     '{助餐}',             10),
    ('service_need', '做饭', '助餐',     '{助餐}',             10),
    ('service_need', '助浴', '助浴',     '{助浴}',             10),
    ('service_need', '洗澡', '助浴',     '{助浴}',             10),
    ('service_need', '陪诊', '陪诊',     '{陪诊}',             10),
    ('service_need', '就医', '陪诊',     '{陪诊}',             10),
    ('service_need', '看病', '陪诊',     '{陪诊}',             10),
    ('service_need', '家电', '家电维修', '{家电维修,维修}',    10),
    ('service_need', '电器', '家电维修', '{家电维修,维修}',    10),
    ('service_need', '维修', '维修',     '{维修}',             20),
    ('service_need', '修理', '维修',     '{维修}',             20),
    ('service_need', '漏水', '维修',     '{维修}',             20),
    ('service_need', '水龙头', '维修',   '{维修}',             20),
    ('service_need', '理发', '理发',     '{理发}',             10),
    ('service_need', '代办', '代办',     '{代办}',             20),
    ('service_need', '买菜', '代办',     '{代办}',             20),
    ('service_need', '跑腿', '代办',     '{代办}',             20),
    ('service_need', '心理', '心理疏导', '{心理疏导}',         20),
    ('service_need', '谈心', '心理疏导', '{心理疏导}',         20),
    ('service_need', '法律', '法律咨询', '{法律咨询}',         20),
    ('service_need', '托育', '托育',     '{托育}',             20),
    ('service_need', '看护孩子', '托育', '{托育}',             20),
    ('service_need', '养老', '助老',     '{助老}',             50),
    ('service_need', '老人', '助老',     '{助老}',             50),
    ('service_need', '助老', '助老',     '{助老}',             50);

-- The catalogue of service types and skills (服务类型与技能目录): one vocabulary for people's
-- skills, teams' skills, orders, needs and resources. The registry keeps it (street and city
-- admins edit it); matching and the lists keep a copy from its events. A code is the Chinese
-- word itself (维修, 陪诊); aliases are the free English tags used before, mapped on the way in.
CREATE TABLE service_types (
    code       text PRIMARY KEY,
    name_en    text    NOT NULL,
    aliases    text[]  NOT NULL DEFAULT '{}',
    sort       int     NOT NULL DEFAULT 0,
    active     boolean NOT NULL DEFAULT true,
    version    bigint  NOT NULL DEFAULT 1
);
CREATE INDEX service_types_aliases ON service_types USING gin (aliases);

-- The catalogue's word for a tag (its code, or the code it is an alias of), else the tag.
CREATE FUNCTION catalogue_code(tag text) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT coalesce((SELECT code FROM service_types WHERE code = tag OR tag = ANY(aliases)
                     ORDER BY code = tag DESC LIMIT 1), tag)
$$;

-- Every tag mapped, duplicates left out, in the order first given.
CREATE FUNCTION catalogue_codes(tags text[]) RETURNS text[] LANGUAGE sql STABLE AS $$
    SELECT coalesce(array_agg(c ORDER BY i), '{}') FROM (
        SELECT DISTINCT ON (c) c, i
        FROM unnest(tags) WITH ORDINALITY AS t(tag, i), LATERAL catalogue_code(t.tag) AS c
        ORDER BY c, i) firsts
$$;

-- seed: the words of the seeds (大中, 桐城, 蕉北, 新澜, 海洪) and DOMAIN.md
INSERT INTO service_types (code, name_en, aliases, sort) VALUES
    ('助老', 'elderly care', '{elderly_care,eldercare,elderly}', 10),
    ('陪诊', 'escort to the doctor', '{escort,medical_escort,escort_to_hospital}', 20),
    ('助餐', 'meals', '{cooking,meals,meal_delivery}', 30),
    ('助浴', 'bathing', '{bathing,bath}', 40),
    ('代办', 'errands', '{errands,errand,agency}', 50),
    ('维修', 'repairs', '{repair,repairs,maintenance}', 60),
    ('家电维修', 'appliance repair', '{appliance_repair,appliances}', 70),
    ('水电维修', 'plumbing and wiring', '{plumbing,electrician,电工,水管维修}', 80),
    ('理发', 'haircuts', '{haircut,barber,hairdressing}', 90),
    ('托育', 'childcare', '{childcare,child_care}', 100),
    ('课业辅导', 'tutoring', '{tutoring,homework,education}', 110),
    ('心理疏导', 'counselling', '{counselling,counseling,psychological_support}', 120),
    ('法律咨询', 'legal aid', '{legal_aid,legal,legal_advice}', 130),
    ('医疗保健', 'health care', '{health_care,healthcare,health}', 140),
    ('纠纷调解', 'mediation', '{mediation,dispute_mediation,property_dispute}', 150),
    ('环境卫生', 'sanitation', '{sanitation,cleaning}', 160),
    ('绿化', 'greening', '{greening,gardening}', 170),
    ('政策宣传', 'policy outreach', '{policy_outreach}', 180),
    ('文明劝导', 'civility persuasion', '{civility}', 190),
    ('交通疏导', 'traffic guidance', '{traffic_guidance,traffic}', 200),
    ('治安巡逻', 'public order', '{public_order,patrol}', 210),
    ('扶贫助困', 'poverty relief', '{poverty_relief}', 220),
    ('就业指导', 'employment advice', '{employment_policy,employment}', 230),
    ('安全宣传', 'safety outreach', '{safety,fire_safety}', 240),
    ('反诈宣传', 'anti-fraud outreach', '{anti_fraud}', 250),
    ('疫情防控', 'epidemic control', '{epidemic}', 260),
    ('综合服务', 'general help', '{general,other,便民服务}', 900);

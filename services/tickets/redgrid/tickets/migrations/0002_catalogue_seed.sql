-- The seed categories and the city-wide default dispatch catalogue (editable by street
-- offices through /v1/catalogue: an edit ends a row and starts a new one).
INSERT INTO categories (code, name, public, mediation) VALUES
    ('environment', '环境卫生', true, false),
    ('property_dispute', '物业纠纷', true, true),
    ('utilities', '水电燃气', true, false),
    ('road_repair', '道路设施维修', true, false),
    ('neighbour_dispute', '邻里纠纷', false, true),
    ('wage_arrears', '劳资欠薪', false, false),
    ('epidemic', '疫情防控', true, false),
    ('traffic', '交通出行', true, false),
    ('service_need', '便民服务需求', true, false),
    ('public_safety', '安全隐患', true, false),
    ('other', '其他', true, false);

INSERT INTO catalogue (id, category, street_id, level, department, limit_hours,
                       limit_working_days, emergency, sign_hours, valid_from) VALUES
    ('00000000-0000-7000-8000-000000000001', 'environment', NULL, 'grid', NULL, NULL, 3, false, 24, '2020-01-01T00:00:00+08:00'),
    ('00000000-0000-7000-8000-000000000002', 'property_dispute', NULL, 'community', NULL, NULL, 5, false, 24, '2020-01-01T00:00:00+08:00'),
    ('00000000-0000-7000-8000-000000000003', 'utilities', NULL, 'department', '水电燃气公司', NULL, 2, false, 24, '2020-01-01T00:00:00+08:00'),
    ('00000000-0000-7000-8000-000000000004', 'road_repair', NULL, 'department', '市政部门', NULL, 5, false, 24, '2020-01-01T00:00:00+08:00'),
    ('00000000-0000-7000-8000-000000000005', 'neighbour_dispute', NULL, 'grid', NULL, NULL, 5, false, 24, '2020-01-01T00:00:00+08:00'),
    ('00000000-0000-7000-8000-000000000006', 'wage_arrears', NULL, 'department', '人社部门', NULL, 10, false, 24, '2020-01-01T00:00:00+08:00'),
    ('00000000-0000-7000-8000-000000000007', 'epidemic', NULL, 'community', NULL, 24, NULL, true, 1, '2020-01-01T00:00:00+08:00'),
    ('00000000-0000-7000-8000-000000000008', 'traffic', NULL, 'department', '交警部门', NULL, 5, false, 24, '2020-01-01T00:00:00+08:00'),
    ('00000000-0000-7000-8000-000000000009', 'service_need', NULL, 'community', NULL, NULL, 3, false, 24, '2020-01-01T00:00:00+08:00'),
    ('00000000-0000-7000-8000-000000000010', 'public_safety', NULL, 'street', NULL, 2, NULL, true, 1, '2020-01-01T00:00:00+08:00'),
    ('00000000-0000-7000-8000-000000000011', 'other', NULL, 'community', NULL, NULL, 5, false, 24, '2020-01-01T00:00:00+08:00');

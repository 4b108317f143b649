-- The twenty CAMEO root codes with their names and their QuadClass, as GDELT groups them:
-- 01-05 verbal cooperation, 06-09 material cooperation, 10-14 verbal conflict,
-- 15-20 material conflict. Join on root_code to name or class any event.
CREATE OR REPLACE VIEW cameo_root AS
SELECT
    root_code,
    root_name,
    quad_class,
    CASE quad_class
        WHEN 1 THEN 'verbal cooperation'
        WHEN 2 THEN 'material cooperation'
        WHEN 3 THEN 'verbal conflict'
        ELSE 'material conflict'
    END AS quad_class_name,
    CASE WHEN quad_class <= 2 THEN 'cooperation' ELSE 'conflict' END AS relation
FROM (
    SELECT
        root_code,
        root_name,
        CASE
            WHEN root_code <= '05' THEN 1
            WHEN root_code <= '09' THEN 2
            WHEN root_code <= '14' THEN 3
            ELSE 4
        END AS quad_class
    FROM (
        VALUES
            ('01', 'make public statement'),
            ('02', 'appeal'),
            ('03', 'express intent to cooperate'),
            ('04', 'consult'),
            ('05', 'engage in diplomatic cooperation'),
            ('06', 'engage in material cooperation'),
            ('07', 'provide aid'),
            ('08', 'yield'),
            ('09', 'investigate'),
            ('10', 'demand'),
            ('11', 'disapprove'),
            ('12', 'reject'),
            ('13', 'threaten'),
            ('14', 'protest'),
            ('15', 'exhibit force posture'),
            ('16', 'reduce relations'),
            ('17', 'coerce'),
            ('18', 'assault'),
            ('19', 'fight'),
            ('20', 'use unconventional mass violence')
    ) AS codes (root_code, root_name)
);

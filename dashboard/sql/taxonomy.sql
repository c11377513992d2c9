-- Taxonomy types in file order, plus any type found in incidents but missing from the taxonomy table.
SELECT target_type, target_category, label
FROM (
    SELECT target_type, target_category, label, rowid AS position FROM taxonomy
    UNION ALL
    SELECT DISTINCT target_type, target_category, target_type, 1e12 FROM incidents
    WHERE target_type NOT IN (SELECT target_type FROM taxonomy)
)
ORDER BY position, target_type

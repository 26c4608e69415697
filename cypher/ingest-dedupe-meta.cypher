// Before explorer_meta_key existed, ingests running at once could each create the marker: keep one per key,
// so that the constraint can be created.
MATCH (m:ExplorerMeta)
WITH m.key AS key, collect(m) AS markers
WHERE size(markers) > 1
UNWIND tail(markers) AS extra
DELETE extra

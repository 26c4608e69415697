// The claim id constraints there are (one per claim relationship type, ingest-claim-constraint.cypher).
SHOW CONSTRAINTS YIELD name, type, labelsOrTypes
WHERE type = 'RELATIONSHIP_UNIQUENESS' AND name STARTS WITH 'claim_id_'
RETURN name, labelsOrTypes[0] AS relType

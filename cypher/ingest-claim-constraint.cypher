// A claim id is unique among the claims of its type, checked by the database on every write (relationship
// uniqueness constraints are per type). Schema commands take no parameter for a type, so claimConstraint()
// in ingest/write/schema.ts fills in the placeholder below with a type it checked against REL_TYPE_PATTERN.
CREATE CONSTRAINT $name IF NOT EXISTS FOR ()-[r:`{{type}}`]-() REQUIRE r.id IS UNIQUE

// A claim id constraint for a type no claim has any more (it would keep the type in db.relationshipTypes()).
DROP CONSTRAINT $name IF EXISTS

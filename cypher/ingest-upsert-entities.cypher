// One row per entity; the type label is set dynamically from a parameter, not from query text.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e = row.props
REMOVE e:Person:Organization:Country:Place:ArmedForce:Weapon:Event:Agreement
SET e:$(row.type)

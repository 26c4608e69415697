// One row per entity; the type label comes from the row through a dynamic label.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e = row.props
REMOVE e:Person:Organization:Country:Place:ArmedForce:Weapon:Event:Agreement
SET e:$(row.type)

// Every property key in the database.
CALL db.propertyKeys() YIELD propertyKey
RETURN propertyKey
ORDER BY propertyKey

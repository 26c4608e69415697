// Procedures the console allows, for the workbench editor's autocomplete.
SHOW PROCEDURES YIELD name, signature, mode
WHERE name IN $allowed AND mode = 'READ'
RETURN name, signature
ORDER BY name

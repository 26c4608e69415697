// Built-in functions for the workbench editor's autocomplete.
SHOW FUNCTIONS YIELD name, signature
RETURN name, signature
ORDER BY name

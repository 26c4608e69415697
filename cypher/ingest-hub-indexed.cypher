// The entities the hub index describes now.
MATCH (h:ExplorerHub)
RETURN h.id AS id

// The database's identity, which names its perspective file: the store's database id survives restarts (and a
// wiped and refilled database keeps it), while a new store, or another server's database, gets its own.
CALL db.info() YIELD id, name
RETURN id, name

// Waits until the index scripts/search-index.ts just created is populated and ONLINE (or fails after $seconds).
CALL db.awaitIndex($name, $seconds)

// Stops running console transactions server-side (a rollback would wait for the running query to finish).
TERMINATE TRANSACTIONS $ids
YIELD transactionId, message
RETURN transactionId, message

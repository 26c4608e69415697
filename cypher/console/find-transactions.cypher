// Transactions started by one console query (tagged with metadata consoleQueryId), to terminate them on cancel.
SHOW TRANSACTIONS YIELD transactionId, metaData
WHERE metaData.consoleQueryId = $queryId
RETURN transactionId

// GopyLedger: the ledger (being written; see issue 5).

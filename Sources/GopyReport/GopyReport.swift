// GopyReport: being written.

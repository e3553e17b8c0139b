-- A quiet mail session asks each folder whether mail waits to be matched again: this index answers that without
-- reading the folder's other rows of mail_unmatched (tens of thousands in a large mailbox).
CREATE INDEX ix_mail_unmatched_pending ON mail_unmatched (connection_id, folder, rematch_pending);

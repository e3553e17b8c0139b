-- The last error of each sync half as the screens say it: a key of the screens' texts (messages*.properties) and
-- its arguments, so that the Spanish screen no longer shows the English text. The English text stays in
-- *_last_error for the HTTP API. NULL key: the error has no translation and the screens show the English text.
-- Arguments: each one as text, percent-encoded (UTF-8, application/x-www-form-urlencoded) and joined by ',';
-- the encoding never yields ',' so splitting is unambiguous. NULL: no arguments.

ALTER TABLE sync_connection ADD COLUMN mail_last_error_key VARCHAR(200);
ALTER TABLE sync_connection ADD COLUMN mail_last_error_args VARCHAR(2000);
ALTER TABLE sync_connection ADD COLUMN calendar_last_error_key VARCHAR(200);
ALTER TABLE sync_connection ADD COLUMN calendar_last_error_args VARCHAR(2000);

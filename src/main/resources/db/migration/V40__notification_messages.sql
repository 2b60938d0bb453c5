-- A notification's text as a message key and its arguments, rendered in the reader's language (Vietnamese or
-- English); the title column keeps the Vietnamese text (and is all that notifications written before have).
ALTER TABLE notification
    ADD COLUMN message_key VARCHAR(80) CHARACTER SET ascii COLLATE ascii_bin NULL,
    ADD COLUMN message_args VARCHAR(2000) NULL;

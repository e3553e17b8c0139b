-- The language a user chose for the screens in "My profile": a BCP 47 language tag of a language the screens
-- speak ('en', 'es'). NULL: automatic, the screens follow the browser's Accept-Language as before.

ALTER TABLE app_user ADD COLUMN language VARCHAR(35);

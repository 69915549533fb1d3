-- A draft written while editing is open; a clean close of the window marks every draft closed. A draft
-- still open at the next start was left by a crash (or a kill, or lost power) and is shown as recovered.
-- Drafts that existed before this column was added were saved when a window closed normally.
ALTER TABLE draft ADD COLUMN closed_cleanly BOOLEAN DEFAULT TRUE NOT NULL;

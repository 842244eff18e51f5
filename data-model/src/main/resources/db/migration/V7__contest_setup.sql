-- The contest's set-up screens: who assigned an expert by hand (with the override reason when the
-- assignment goes over a conflict of interest), so that the assignment screen shows who, when and why.
ALTER TABLE review ADD COLUMN assigned_by VARCHAR(200);
COMMENT ON COLUMN review.assigned_by IS 'Кто назначил эксперта вручную (имя пользователя компьютера)';

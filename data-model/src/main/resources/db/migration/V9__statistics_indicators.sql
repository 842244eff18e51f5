-- Target indicators defined in full (issue 5): the period they run over, the baseline, and who entered an actual
-- value by hand and when. Written once for H2 (PostgreSQL mode) and PostgreSQL.
ALTER TABLE indicator ADD COLUMN start_year INTEGER;
ALTER TABLE indicator ADD COLUMN baseline_value NUMERIC(14, 4);
ALTER TABLE indicator ADD CONSTRAINT ck_indicator_period CHECK (start_year IS NULL OR start_year <= target_year);
COMMENT ON COLUMN indicator.start_year IS 'Первый год периода, на который поставлена цель';
COMMENT ON COLUMN indicator.baseline_value IS 'Базовое значение показателя в базовом году';

ALTER TABLE indicator_value ADD COLUMN entered_by VARCHAR(200);
ALTER TABLE indicator_value ADD COLUMN entered_at TIMESTAMP WITH TIME ZONE;
COMMENT ON COLUMN indicator_value.entered_by IS 'Кто ввёл значение (учётная запись)';
COMMENT ON COLUMN indicator_value.entered_at IS 'Когда введено значение';

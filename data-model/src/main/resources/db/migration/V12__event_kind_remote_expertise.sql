-- A kind of event for the expert council's remote expertise sessions of the contest (issue 5): seed 001 counts
-- «5 заочных экспертиз экспертным советом» apart from the «2 заседания экспертных групп», so they are not
-- «заседание». Placed right after «заседание»; a database that already has the name keeps its own row.
INSERT INTO event_kind (name, sort_order)
SELECT 'заочная экспертиза', 105
WHERE NOT EXISTS (SELECT 1 FROM event_kind WHERE name = 'заочная экспертиза');

-- Events and networks meet: an event may carry out a network's work, and a roadmap item names the event
-- that carried it out (the column came with the networks, the events came in parallel; the key joins them).
ALTER TABLE event ADD COLUMN network_id BIGINT;
ALTER TABLE event ADD CONSTRAINT fk_event_network FOREIGN KEY (network_id) REFERENCES network (id) ON DELETE SET NULL;
CREATE INDEX ix_event_network ON event (network_id);
COMMENT ON COLUMN event.network_id IS 'Сеть, работу которой проводит мероприятие';

ALTER TABLE roadmap_item ADD CONSTRAINT fk_roadmap_item_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE SET NULL;
CREATE INDEX ix_roadmap_item_event ON roadmap_item (event_id);

-- A facility reports a batch it delivered (pieces, workers, hours) from its portal; the intermediary confirms it by
-- recording the delivery, and the wage ledger takes the hours.
alter table delivery_batch add column reported_quantity int check (reported_quantity > 0 and reported_quantity <= planned_quantity);
alter table delivery_batch add column reported_workers int check (reported_workers > 0 and reported_workers <= 10000);
alter table delivery_batch add column reported_hours numeric(9, 1) check (reported_hours > 0 and reported_hours <= 1000000);
alter table delivery_batch add column reported_by varchar(64);
alter table delivery_batch add column reported_at timestamptz;

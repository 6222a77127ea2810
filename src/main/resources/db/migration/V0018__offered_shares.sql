-- An offer may say how much of the job it asks of the facility; then "accept" takes that share in one tap.
alter table offer add column offered_quantity integer check (offered_quantity > 0);
alter table offer add column offered_hours integer check (offered_hours > 0);

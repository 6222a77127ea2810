-- The deal list opens newest-changed first: with this index its first page is read in that order and the scan
-- stops after a page, instead of sorting every matching deal each time someone opens the list.
create index deal_updated_idx on deal (updated_at desc);

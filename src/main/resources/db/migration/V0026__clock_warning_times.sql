-- When a clock crossed its warning and its at-risk share, for the hand-off's timeline on the deal page. Clocks that
-- crossed them before this change show the warning without its time.
alter table sla_clock add column warned_at timestamptz, add column risked_at timestamptz;

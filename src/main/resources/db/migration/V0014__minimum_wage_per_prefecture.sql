-- Minimum wages per prefecture and date (each prefecture's revision takes effect on its own day in autumn or later):
-- the office's own prefecture is a setting, and the wage in force on a date is the newest entry up to that date.
alter table minimum_wage drop constraint minimum_wage_pkey;
alter table minimum_wage add primary key (prefecture, effective_from);

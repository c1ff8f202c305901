-- The global audit trail also holds events that concern no single opgave (the strategic agenda, prioritisation
-- rounds and their decisions, P&C moments, areas, frames and initiatives): their rows have no opgave id.
alter table qs_gebeurtenis alter column opgave_id drop not null;

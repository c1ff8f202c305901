-- Secondary indexes set aside during a bulk rebuild of the projections (ADR 0008), with their definitions, so they
-- are created again after the rebuild, also when the node died during it (at the next start).
create table qs_herbouw_index (
    naam      varchar(200) primary key,
    tabel     varchar(200) not null,
    definitie varchar(4000) not null
);

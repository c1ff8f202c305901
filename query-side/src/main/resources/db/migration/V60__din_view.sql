-- The DIN view of programmes: goals, efforts, their links and progress (projection "din").
create table qs_din_doel (
    doel_id              varchar(100) primary key,
    opgave_id            varchar(100) not null,
    naam                 varchar(300) not null,
    bovenliggend_doel_id varchar(100),
    volgorde             bigint       not null
);
create index qs_din_doel_opgave on qs_din_doel (opgave_id);

create table qs_din_inspanning (
    inspanning_id varchar(100) primary key,
    opgave_id     varchar(100) not null,
    naam          varchar(300) not null,
    subopgave_id  varchar(100),
    voortgang     integer      not null default 0,
    volgorde      bigint       not null
);
create index qs_din_inspanning_opgave on qs_din_inspanning (opgave_id);

create table qs_din_koppeling (
    inspanning_id varchar(100) not null,
    doel_id       varchar(100) not null,
    primary key (inspanning_id, doel_id)
);

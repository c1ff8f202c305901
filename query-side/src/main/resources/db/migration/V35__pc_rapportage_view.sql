-- P&C report view, processing group pc-rapportage: the calendar, the opgaven that must report, and the reports.
create table qs_pc_moment (
    moment_id    varchar(200) primary key,
    jaar         integer not null,
    naam         varchar(200) not null,
    soort        varchar(40),
    peildatum    date not null,
    deadline     date not null,
    gepland_op   timestamp with time zone not null,
    gepland_door varchar(200)
);
create index qs_pc_moment_jaar on qs_pc_moment (jaar, peildatum);

create table qs_pc_opgave (
    opgave_id        varchar(100) primary key,
    titel            varchar(500),
    thema            varchar(200),
    gebied           varchar(200),
    werkwijze        varchar(30),
    status           varchar(30) not null,
    geregistreerd_op timestamp with time zone not null,
    afgesloten_op    timestamp with time zone
);

create table qs_pc_rapportage (
    rapportage_id    varchar(400) primary key,
    moment_id        varchar(200) not null,
    opgave_id        varchar(100) not null,
    versie           integer not null,
    begroot          numeric(24, 2),
    besteed          numeric(24, 2),
    prognose         numeric(24, 2),
    status           varchar(20),
    toelichting      text,
    deadline         date,
    na_deadline      boolean,
    ingediend_op     timestamp with time zone not null,
    ingediend_door   varchar(200),
    ingediend_in_rol varchar(100)
);
create index qs_pc_rapportage_moment on qs_pc_rapportage (moment_id, opgave_id);

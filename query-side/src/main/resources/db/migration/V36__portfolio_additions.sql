-- Portfolio additions: when the open gate opened, when the opgave closed, the P&C moments and reports it must
-- answer to (budget, overdue reports), and links between opgaven through the inspanningen of baten (DIN).
alter table qs_portfolio add column gate_geopend_op timestamp with time zone;
alter table qs_portfolio add column afgesloten_op timestamp with time zone;

create table qs_portfolio_pc_moment (
    moment_id varchar(200) primary key,
    naam      varchar(200),
    peildatum date not null,
    deadline  date not null,
    -- the reference day as a UTC period, so it compares with the registration and closing moments
    peil_begin timestamp with time zone not null,
    peil_eind  timestamp with time zone not null
);

create table qs_portfolio_rapportage (
    opgave_id    varchar(100) not null,
    moment_id    varchar(200) not null,
    versie       integer not null,
    begroot      numeric(24, 2),
    besteed      numeric(24, 2),
    prognose     numeric(24, 2),
    status       varchar(20),
    ingediend_op timestamp with time zone not null,
    primary key (opgave_id, moment_id)
);

create table qs_portfolio_koppeling (
    baat_id        varchar(100) not null,
    van_opgave_id  varchar(100) not null,
    naar_opgave_id varchar(100) not null,
    baat_titel     varchar(500),
    primary key (baat_id, naar_opgave_id)
);
create index qs_portfolio_koppeling_van on qs_portfolio_koppeling (van_opgave_id);
create index qs_portfolio_koppeling_naar on qs_portfolio_koppeling (naar_opgave_id);

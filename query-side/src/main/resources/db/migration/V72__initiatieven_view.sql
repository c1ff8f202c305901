-- Initiatieven view (processing group initiatieven): the published frames in versions, the initiatives with their
-- status, and every decision on them (assessment, answer, conversion) with who, role, when and why.
create table qs_initiatiefkaders (
    versie          integer primary key,
    inhoud          text not null,
    actoren         varchar(1000) not null,
    procedures      text not null,
    ondersteuning   text not null,
    gepubliceerd_door varchar(200),
    gepubliceerd_op timestamp with time zone not null,
    reden           text
);

create table qs_initiatief (
    initiatief_id   varchar(100) primary key,
    titel           varchar(500) not null,
    omschrijving    text,
    thema           varchar(200),
    gebied          varchar(200),
    initiatiefnemer varchar(200) not null,
    initiatiefnemer_soort varchar(30),
    organisatie     varchar(200),
    gevraagde_ondersteuning text,
    kaders_versie   integer,
    status          varchar(30) not null,
    beoordeling     varchar(20),
    strategie       varchar(20),
    toetsingen      text,
    opgave_id       varchar(100),
    ingediend_op    timestamp with time zone not null,
    bijgewerkt_op   timestamp with time zone not null
);
create index qs_initiatief_nemer on qs_initiatief (initiatiefnemer);
create index qs_initiatief_gebied on qs_initiatief (gebied);
create index qs_initiatief_volgorde on qs_initiatief (ingediend_op, initiatief_id);

create table qs_initiatief_besluit (
    event_id      varchar(100) primary key,
    initiatief_id varchar(100) not null,
    soort         varchar(30)  not null,
    uitkomst      varchar(30),
    tekst         text,
    door          varchar(200),
    rol           varchar(100),
    op            timestamp with time zone not null,
    reden         text
);
create index qs_initiatief_besluit_idx on qs_initiatief_besluit (initiatief_id, op);

-- Verantwoording (accountability) view, processing group verantwoording: every decision with who, role, when, why
-- and document version; every deviation from the model's route with its justification; the mandate history.
create table qs_vw_opgave (
    opgave_id        varchar(100) primary key,
    titel            varchar(500),
    geregistreerd_op timestamp with time zone not null
);

create table qs_vw_besluit (
    event_id        varchar(100) primary key,
    opgave_id       varchar(100) not null,
    volgnummer      bigint,
    soort           varchar(40)  not null,
    onderwerp       varchar(500),
    uitkomst        varchar(200),
    actor           varchar(200),
    rol             varchar(100),
    tijdstip        timestamp with time zone not null,
    reden           text,
    document_id     varchar(200),
    document_naam   varchar(500),
    document_versie varchar(100),
    document_hash   varchar(200),
    afwijking       varchar(40)
);
create index qs_vw_besluit_opgave on qs_vw_besluit (opgave_id, tijdstip);
create index qs_vw_besluit_actor on qs_vw_besluit (actor, tijdstip);
create index qs_vw_besluit_rol on qs_vw_besluit (rol, tijdstip);

create table qs_vw_afwijking (
    event_id    varchar(100) primary key,
    opgave_id   varchar(100) not null,
    volgnummer  bigint,
    soort       varchar(40)  not null,
    onderwerp   varchar(500),
    omschrijving text,
    actor       varchar(200),
    rol         varchar(100),
    tijdstip    timestamp with time zone not null,
    verantwoording text
);
create index qs_vw_afwijking_opgave on qs_vw_afwijking (opgave_id, tijdstip);

create table qs_vw_mandaat (
    event_id           varchar(100) primary key,
    opgave_id          varchar(100) not null,
    volgnummer         bigint,
    rol                varchar(50)  not null,
    persoon            varchar(200) not null,
    van                timestamp with time zone not null,
    toegewezen_door    varchar(200),
    toegewezen_in_rol  varchar(100),
    toegewezen_reden   text,
    tot                timestamp with time zone,
    beeindigd_event_id varchar(100) unique,
    beeindigd_door     varchar(200),
    beeindigd_in_rol   varchar(100),
    beeindigd_reden    text
);
create index qs_vw_mandaat_opgave on qs_vw_mandaat (opgave_id, rol, persoon);
create index qs_vw_mandaat_persoon on qs_vw_mandaat (persoon);

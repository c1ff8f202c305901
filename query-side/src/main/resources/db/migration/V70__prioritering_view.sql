-- Prioritering view (processing group prioritering): the strategic agenda, links of opgaven to it, and the
-- prioritisation rounds with their criteria, scores and the college's choices. Every round stays, so the history shows.
create table qs_agendapunt (
    agendapunt_id   varchar(100) primary key,
    soort           varchar(30)  not null,
    naam            varchar(500) not null,
    omschrijving    text,
    bovenliggend_id varchar(100),
    ingetrokken     boolean      not null,
    toegevoegd_door varchar(200),
    toegevoegd_rol  varchar(100),
    toegevoegd_op   timestamp with time zone not null,
    reden           text,
    ingetrokken_op  timestamp with time zone,
    ingetrokken_reden text
);

create table qs_agendakoppeling (
    opgave_id     varchar(100) not null,
    agendapunt_id varchar(100) not null,
    gekoppeld_door varchar(200),
    gekoppeld_rol varchar(100),
    gekoppeld_op  timestamp with time zone not null,
    reden         text,
    primary key (opgave_id, agendapunt_id)
);
create index qs_agendakoppeling_punt on qs_agendakoppeling (agendapunt_id);

create table qs_prio_opgave (
    opgave_id varchar(100) primary key,
    titel     varchar(500),
    thema     varchar(200),
    gebied    varchar(200)
);

create table qs_ronde (
    ronde_id      varchar(100) primary key,
    naam          varchar(500) not null,
    criteria      text not null,
    status        varchar(20)  not null,
    geopend_door  varchar(200),
    geopend_op    timestamp with time zone not null,
    besloten_door varchar(200),
    besloten_rol  varchar(100),
    besloten_op   timestamp with time zone,
    besluit_reden text
);
create index qs_ronde_volgorde on qs_ronde (geopend_op, ronde_id);

create table qs_ronde_score (
    ronde_id      varchar(100) not null,
    opgave_id     varchar(100) not null,
    scores        text not null,
    totaal        integer not null,
    gescoord_door varchar(200),
    gescoord_op   timestamp with time zone not null,
    toelichting   text,
    primary key (ronde_id, opgave_id)
);

create table qs_ronde_keuze (
    ronde_id    varchar(100) not null,
    opgave_id   varchar(100) not null,
    rang        integer not null,
    totaal      integer not null,
    keuze       varchar(20) not null,
    reden       text not null,
    besloten_op timestamp with time zone not null,
    primary key (ronde_id, opgave_id)
);
create index qs_ronde_keuze_opgave on qs_ronde_keuze (opgave_id, besloten_op);

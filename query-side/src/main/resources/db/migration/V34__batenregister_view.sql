-- Batenregister (benefits) view, processing group batenregister: baten with owner, measures over time and handovers.
create table qs_bt_opgave (
    opgave_id     varchar(100) primary key,
    titel         varchar(500),
    status        varchar(30),
    afgesloten_op timestamp with time zone
);

create table qs_bt_baat (
    baat_id            varchar(100) primary key,
    opgave_id          varchar(100) not null,
    titel              varchar(500),
    doel               varchar(500),
    indicator          varchar(500),
    eenheid            varchar(100),
    nulmeting          numeric(24, 6),
    streefwaarde       numeric(24, 6),
    streefdatum        date,
    eigenaar           varchar(200),
    eigenaar_sinds     timestamp with time zone,
    status             varchar(40) not null,
    inspanningen       text,
    geregistreerd_op   timestamp with time zone not null,
    geregistreerd_door varchar(200),
    reden              text
);
create index qs_bt_baat_opgave on qs_bt_baat (opgave_id, doel);
create index qs_bt_baat_eigenaar on qs_bt_baat (eigenaar);

create table qs_bt_meting (
    event_id      varchar(100) primary key,
    baat_id       varchar(100) not null,
    volgnummer    bigint,
    soort         varchar(20) not null,
    peildatum     date not null,
    waarde        numeric(24, 6),
    vastgelegd_op timestamp with time zone not null,
    door          varchar(200),
    in_rol        varchar(100),
    toelichting   text
);
create index qs_bt_meting_baat on qs_bt_meting (baat_id, peildatum);

create table qs_bt_overdracht (
    event_id              varchar(100) primary key,
    baat_id               varchar(100) not null,
    volgnummer            bigint,
    van_eigenaar          varchar(200),
    ontvanger             varchar(200) not null,
    ontvanger_soort       varchar(30),
    organisatie           varchar(200),
    voorgesteld_op        timestamp with time zone not null,
    voorgesteld_door      varchar(200),
    voorgesteld_in_rol    varchar(100),
    reden                 text,
    geaccepteerd_event_id varchar(100) unique,
    geaccepteerd_op       timestamp with time zone,
    geaccepteerd_door     varchar(200),
    geaccepteerd_reden    text
);
create index qs_bt_overdracht_baat on qs_bt_overdracht (baat_id);

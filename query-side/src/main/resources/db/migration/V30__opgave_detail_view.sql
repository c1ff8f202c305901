-- Opgave detail view (processing group opgave-detail): one row per opgave plus its roles, documents and decisions.
create table qs_opgave_detail (
    opgave_id                    varchar(100) primary key,
    titel                        varchar(500),
    omschrijving                 text,
    thema                        varchar(200),
    gebied                       varchar(200),
    initiatiefnemer              varchar(200),
    status                       varchar(30)  not null,
    werkwijze                    varchar(30),
    werkwijze_geadviseerd        varchar(30),
    werkwijze_afwijkend          boolean,
    intake_idee                  varchar(30),
    intake_netwerk               varchar(30),
    intake_besluitvorming        varchar(30),
    intake_voorspelbaarheid_pad  integer,
    intake_tastbaarheid_uitkomst integer,
    intake_tijdsdruk             boolean,
    advies_procestype            varchar(30),
    advies_verplichting          varchar(30),
    advies_complexiteit          varchar(30),
    advies_werkwijze             varchar(30),
    advies_toelichting           text,
    bpmn_process_id              varchar(200),
    process_versie               integer,
    process_definition_key       bigint,
    process_instance_key         bigint,
    fase_id                      varchar(200),
    fase_naam                    varchar(500),
    fase_herhaling               integer,
    gate_id                      varchar(200),
    gate_naam                    varchar(500),
    gate_fase                    varchar(200),
    gate_vereist_document        varchar(500),
    gate_beslisser               varchar(50),
    gate_uitkomsten              text,
    gate_geopend_op              timestamp with time zone,
    geregistreerd_op             timestamp with time zone not null,
    bijgewerkt_op                timestamp with time zone not null
);

create table qs_opgave_rol (
    event_id           varchar(100) primary key,
    opgave_id          varchar(100) not null,
    rol                varchar(50)  not null,
    persoon            varchar(200) not null,
    volgnummer         bigint,
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
create index qs_opgave_rol_opgave on qs_opgave_rol (opgave_id, rol, persoon);

create table qs_opgave_document (
    event_id      varchar(100) primary key,
    opgave_id     varchar(100) not null,
    volgnummer    bigint,
    document_id   varchar(200) not null,
    naam          varchar(500),
    versie        varchar(100),
    content_hash  varchar(200),
    referentie    varchar(1000),
    toegevoegd_op timestamp with time zone not null,
    toegevoegd_door   varchar(200),
    toegevoegd_in_rol varchar(100),
    reden         text
);
create index qs_opgave_document_opgave on qs_opgave_document (opgave_id);

create table qs_opgave_besluit (
    event_id        varchar(100) primary key,
    opgave_id       varchar(100) not null,
    volgnummer      bigint,
    soort           varchar(40)  not null,
    onderwerp       varchar(500),
    uitkomst        varchar(200),
    actor           varchar(200),
    in_rol          varchar(100),
    tijdstip        timestamp with time zone not null,
    reden           text,
    document_id     varchar(200),
    document_naam   varchar(500),
    document_versie varchar(100),
    document_hash   varchar(200)
);
create index qs_opgave_besluit_opgave on qs_opgave_besluit (opgave_id, tijdstip);

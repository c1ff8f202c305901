-- Lessen view (processing group leren): the lessons register across opgaven, the opgaven's theme, area and
-- werkwijze to find similar ones, and who read which lesson for which opgave.
create table qs_les (
    les_id          varchar(100) primary key,
    opgave_id       varchar(100) not null,
    bron            varchar(30)  not null,
    bron_referentie varchar(200),
    wat_gebeurde    text not null,
    geleerd         text not null,
    voor_wie        varchar(500) not null,
    werkwijze       varchar(30),
    thema           varchar(200),
    veld            varchar(30),
    gotik_aspect    varchar(30),
    vastgelegd_door varchar(200),
    vastgelegd_rol  varchar(100),
    vastgelegd_op   timestamp with time zone not null
);
create index qs_les_opgave_idx on qs_les (opgave_id);
create index qs_les_volgorde on qs_les (vastgelegd_op, les_id);

create table qs_les_opgave (
    opgave_id   varchar(100) primary key,
    titel       varchar(500),
    thema       varchar(200),
    gebied      varchar(200),
    werkwijze   varchar(30),
    geadviseerde_werkwijze varchar(30)
);

create table qs_les_gelezen (
    les_id       varchar(100) not null,
    opgave_id    varchar(100) not null,
    gelezen_door varchar(200) not null,
    gelezen_rol  varchar(100),
    gelezen_op   timestamp with time zone not null,
    primary key (les_id, opgave_id, gelezen_door)
);

-- Players of opgaven and initiatives with the area they belong to (processing group gebiedspelers): the role holders
-- of an opgave, the initiator of an opgave and the initiator of an initiative. gebied is the player's own area
-- (null when none was given); the area view also finds players through the opgave or initiative of an area.
create table qs_gebied_speler (
    event_id      varchar(100) primary key,
    persoon       varchar(200) not null,
    rol           varchar(100) not null,
    gebied        varchar(200),
    opgave_id     varchar(100),
    initiatief_id varchar(100),
    organisatie   varchar(200),
    sinds         timestamp with time zone not null
);
create index qs_gebied_speler_gebied on qs_gebied_speler (gebied);
create index qs_gebied_speler_opgave on qs_gebied_speler (opgave_id, rol, persoon);
create index qs_gebied_speler_initiatief on qs_gebied_speler (initiatief_id);

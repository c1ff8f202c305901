-- Portfolio view (processing group portfolio): one row per opgave, plus the current role holders it derives the sturingsdriehoek from.
create table qs_portfolio (
    opgave_id                 varchar(100) primary key,
    titel                     varchar(500),
    thema                     varchar(200),
    gebied                    varchar(200),
    werkwijze                 varchar(30),
    status                    varchar(30) not null,
    fase_id                   varchar(200),
    fase_naam                 varchar(500),
    gate_id                   varchar(200),
    gate_naam                 varchar(500),
    gate_beslisser            varchar(50),
    bestuurlijk_opdrachtgever varchar(200),
    ambtelijk_opdrachtgever   varchar(200),
    sturingsprofessional      varchar(200),
    geregistreerd_op          timestamp with time zone not null,
    bijgewerkt_op             timestamp with time zone not null
);
create index qs_portfolio_thema on qs_portfolio (thema);
create index qs_portfolio_gebied on qs_portfolio (gebied);
create index qs_portfolio_status on qs_portfolio (status, werkwijze);
create index qs_portfolio_volgorde on qs_portfolio (geregistreerd_op, opgave_id);

create table qs_portfolio_rolhouder (
    event_id  varchar(100) primary key,
    opgave_id varchar(100) not null,
    rol       varchar(50)  not null,
    persoon   varchar(200) not null,
    van       timestamp with time zone not null,
    volgnummer bigint
);
create index qs_portfolio_rolhouder_opgave on qs_portfolio_rolhouder (opgave_id, rol);

-- Gate due dates: when the open gate must be decided (the model's termijn, or as the project office planned it).
alter table qs_opgave_detail add column gate_uiterlijk_op timestamp with time zone;
alter table qs_portfolio add column gate_uiterlijk_op timestamp with time zone;
create index qs_portfolio_gate_uiterlijk_op on qs_portfolio (gate_uiterlijk_op);

-- One event can be two deviations (a redo decided after the gate's due date): the key becomes (event, kind).
create table qs_vw_afwijking_nieuw (
    event_id    varchar(100) not null,
    opgave_id   varchar(100) not null,
    volgnummer  bigint,
    soort       varchar(40)  not null,
    onderwerp   varchar(500),
    omschrijving text,
    actor       varchar(200),
    rol         varchar(100),
    tijdstip    timestamp with time zone not null,
    verantwoording text,
    primary key (event_id, soort)
);
insert into qs_vw_afwijking_nieuw (event_id, opgave_id, volgnummer, soort, onderwerp, omschrijving, actor, rol,
                                   tijdstip, verantwoording)
select event_id, opgave_id, volgnummer, soort, onderwerp, omschrijving, actor, rol, tijdstip, verantwoording
from qs_vw_afwijking;
drop table qs_vw_afwijking;
alter table qs_vw_afwijking_nieuw rename to qs_vw_afwijking;
create index qs_vw_afwijking_opgave on qs_vw_afwijking (opgave_id, tijdstip);

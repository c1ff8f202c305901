-- Audit additions: which aggregate an event belongs to (opgave, baat, rapportage), indexes for the global filters,
-- and the BPMN model versions (processing group procesmodellen) for the auditor export.
alter table qs_gebeurtenis add column aggregaat_type varchar(100);
alter table qs_gebeurtenis add column aggregaat_id varchar(400);
create index qs_gebeurtenis_tijdstip on qs_gebeurtenis (tijdstip, globale_positie);
create index qs_gebeurtenis_type on qs_gebeurtenis (event_type, tijdstip);
create index qs_gebeurtenis_actor on qs_gebeurtenis (actor, tijdstip);
create index qs_gebeurtenis_positie on qs_gebeurtenis (globale_positie);

create table qs_procesmodel_versie (
    process_definition_key bigint primary key,
    bpmn_process_id        varchar(200) not null,
    versie                 integer not null,
    naam                   varchar(500),
    resource_name          varchar(500),
    checksum               varchar(200),
    resource               text not null,
    gedeployed_op          timestamp with time zone,
    gedeployed_door        varchar(200)
);
create index qs_procesmodel_versie_proces on qs_procesmodel_versie (bpmn_process_id, versie);

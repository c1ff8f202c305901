-- Gebieden view (processing group gebieden): the municipality's configurable list of areas.
create table qs_gebied (
    code               varchar(100) primary key,
    naam               varchar(200) not null,
    soort              varchar(20)  not null,
    bovenliggend_gebied varchar(100),
    geregistreerd_op   timestamp with time zone not null
);

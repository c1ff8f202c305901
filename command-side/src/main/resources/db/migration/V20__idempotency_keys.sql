-- Idempotency keys of the command API: one row per (principal, key), written in the same transaction as the
-- events of the command it guards, so a row exists exactly when the command's events were committed.
create table cs_idempotency_key (
    principal             varchar(200)             not null,
    idempotency_key       varchar(200)             not null,
    request_hash          varchar(64)              not null,
    response_status       integer                  not null,
    response_content_type varchar(200),
    response_location     varchar(1000),
    response_body         text,
    created_at            timestamp with time zone not null,
    primary key (principal, idempotency_key)
);
create index cs_idempotency_key_created on cs_idempotency_key (created_at);

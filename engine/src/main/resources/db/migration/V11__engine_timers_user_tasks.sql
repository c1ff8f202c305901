-- Timers, user tasks and message start events of the engine (lookup tables, rebuilt from the events).

-- Scheduled timers: of an element instance, or of a timer start event (process_instance_key 0).
CREATE TABLE engine_timer (
    timer_key              BIGINT       PRIMARY KEY,
    process_instance_key   BIGINT       NOT NULL,
    element_instance_key   BIGINT       NOT NULL,
    element_id             VARCHAR(255) NOT NULL,
    process_definition_key BIGINT       NOT NULL,
    bpmn_process_id        VARCHAR(255) NOT NULL,
    due_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    repetitions            INTEGER      NOT NULL,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_engine_timer_due ON engine_timer (due_at, timer_key);
CREATE INDEX ix_engine_timer_instance ON engine_timer (process_instance_key);

-- Open user tasks.
CREATE TABLE engine_user_task (
    user_task_key          BIGINT       PRIMARY KEY,
    process_instance_key   BIGINT       NOT NULL,
    element_instance_key   BIGINT       NOT NULL,
    element_id             VARCHAR(255) NOT NULL,
    name                   VARCHAR(255),
    assignee               VARCHAR(255),
    candidate_groups       TEXT,
    candidate_users        TEXT,
    form_key               VARCHAR(255),
    custom_headers         TEXT,
    process_definition_key BIGINT       NOT NULL,
    bpmn_process_id        VARCHAR(255) NOT NULL,
    version                INTEGER      NOT NULL,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_engine_user_task_instance ON engine_user_task (process_instance_key);
CREATE INDEX ix_engine_user_task_element ON engine_user_task (element_instance_key);
CREATE INDEX ix_engine_user_task_assignee ON engine_user_task (assignee);

-- Message start events of the latest version of each process.
CREATE TABLE engine_message_start (
    process_definition_key BIGINT       NOT NULL,
    element_id             VARCHAR(255) NOT NULL,
    bpmn_process_id        VARCHAR(255) NOT NULL,
    message_name           VARCHAR(255) NOT NULL,
    PRIMARY KEY (process_definition_key, element_id)
);
CREATE INDEX ix_engine_message_start_name ON engine_message_start (message_name);

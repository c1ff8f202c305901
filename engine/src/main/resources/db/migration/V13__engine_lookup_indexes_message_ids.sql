-- An ending process instance removes its open jobs and message subscriptions by instance key.
CREATE INDEX ix_engine_job_instance ON engine_job (process_instance_key);
CREATE INDEX ix_engine_message_subscription_instance ON engine_message_subscription (process_instance_key);

-- Ids of buffered messages (Camunda's messageId): one per name and correlation key while the message is buffered.
CREATE TABLE engine_message_id (
    message_name    VARCHAR(255) NOT NULL,
    correlation_key VARCHAR(255) NOT NULL,
    message_id      VARCHAR(255) NOT NULL,
    message_key     BIGINT       NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (message_name, correlation_key, message_id)
);

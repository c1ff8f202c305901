-- An ending process instance removes its open jobs and message subscriptions by instance key.
CREATE INDEX ix_engine_job_instance ON engine_job (process_instance_key);
CREATE INDEX ix_engine_message_subscription_instance ON engine_message_subscription (process_instance_key);

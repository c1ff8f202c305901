/** The Idempotency-Key header of the command API: safe retries, stored in the command's own transaction. */
package nl.opgaveengine.command.web.idempotency;

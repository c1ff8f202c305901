/** Durable timers: due timers are lookup rows written from timer events; a poller fires them through commands. */
package nl.opgaveengine.engine.timer;

/** In-process job workers: poll per job type, run the JobHandler bean and complete the job in one transaction. */
package nl.opgaveengine.engine.worker;

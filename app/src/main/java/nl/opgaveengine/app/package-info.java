/** The runnable application: assembles engine, command side and query side in one process. */
package nl.opgaveengine.app;

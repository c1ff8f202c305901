package nl.opgaveengine.engine.model;

/** The event definition of an event element: what it waits for or what it throws. */
public enum Trigger { NONE, MESSAGE, TIMER, ERROR, TERMINATE }

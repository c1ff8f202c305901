/** The Baat aggregate (batenmanagement): a benefit of an opgave, its measures and its handover to the line. */
package nl.opgaveengine.command.baten;

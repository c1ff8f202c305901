/** REST endpoints of the P&C report view, as JSON and as CSV. */
package nl.opgaveengine.query.pc.web;

/** REST endpoints of the verantwoording view: per opgave, decisions across opgaven, mandates per person. */
package nl.opgaveengine.query.verantwoording.web;

/** Wiring of the portfoliosturing views (prioritering, leren, initiatieven, gebieden). */
package nl.opgaveengine.query.sturing;

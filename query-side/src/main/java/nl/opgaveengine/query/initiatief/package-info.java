/** The initiatives views: the published frames, the initiatives with their status and decisions. */
package nl.opgaveengine.query.initiatief;

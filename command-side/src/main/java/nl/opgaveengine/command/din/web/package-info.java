/** The command REST API of a programme's DIN, under {@code /v1/opgaven/{id}/din}. */
package nl.opgaveengine.command.din.web;

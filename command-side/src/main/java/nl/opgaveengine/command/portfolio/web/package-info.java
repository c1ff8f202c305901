/** The command REST API of portfoliosturing: agenda items, links of opgaven to them, prioritisation rounds. */
package nl.opgaveengine.command.portfolio.web;

/** The command REST API of baten (register, measure, hand over, accept) and the problem advice of baten and P&C commands. */
package nl.opgaveengine.command.baten.web;

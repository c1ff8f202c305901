/** HTTP concerns shared by the command API: problem details for every refusal. */
package nl.opgaveengine.command.web;

/** The municipality's configurable list of areas (wijken, buurten) on the command side. */
package nl.opgaveengine.command.gebied;

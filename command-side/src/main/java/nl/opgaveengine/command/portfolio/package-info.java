/** Portfoliosturing on the command side: the strategic agenda and prioritisation rounds decided by the college. */
package nl.opgaveengine.command.portfolio;

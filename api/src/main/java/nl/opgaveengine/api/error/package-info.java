/** Business error codes shared by the command side, the engine and the REST layer. */
package nl.opgaveengine.api.error;

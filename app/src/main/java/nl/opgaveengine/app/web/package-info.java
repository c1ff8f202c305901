/** HTTP concerns of the whole API: the API-Version header and the OpenAPI document. */
package nl.opgaveengine.app.web;

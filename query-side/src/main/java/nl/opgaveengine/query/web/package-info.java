/** Web conventions shared by the query endpoints: the API-Version header and RFC 9457 problem details. */
package nl.opgaveengine.query.web;

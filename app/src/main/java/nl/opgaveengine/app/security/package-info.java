/** Sign-in: HTTP Basic against configured users with hashed passwords. */
package nl.opgaveengine.app.security;

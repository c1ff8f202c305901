/** Sign-in (OpenID Connect bearer tokens beside HTTP Basic demo users), the role matrix and the web defences. */
package nl.opgaveengine.app.security;

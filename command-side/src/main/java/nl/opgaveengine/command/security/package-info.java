/** Who is acting: the authenticated principal and global roles, turned into an attribution for commands. */
package nl.opgaveengine.command.security;

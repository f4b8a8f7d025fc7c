/** The guided tour, the command-line tool and runnable examples of csto-kit. */
package io.github.cstokit.examples;

package org.samakki;

import java.io.PrintStream;

/**
 * A task of Samakki's command line, such as {@code audit verify} or {@code registry sweep}, that a
 * module offers for batch work and operations.
 */
public interface Command {

  /** The words that call it, for example {@code “audit verify”}. */
  String name();

  /** One line for the command list. */
  String summary();

  /**
   * Runs the command and returns the process exit code (0 for success). A problem the user can fix
   * is thrown as {@link IllegalArgumentException} and shown as its message, without a stack trace.
   */
  int run(CommandArguments arguments, PrintStream out) throws Exception;
}

package org.samakki.registry.notices;

/**
 * A text-message gateway a deployment provides as a bean (an operator's or an aggregator's HTTP
 * API, for example). Without one, Samakki queues no text messages; it ships no gateway of its own.
 */
public interface SmsGateway {

  /**
   * Hands one message to the gateway.
   *
   * @param phoneNumber the number as recorded for the worker or employer
   * @param text the message, in the reader's language (Thai, Burmese, Khmer, Lao, Vietnamese or
   *     English, so it may need UCS-2 encoding and several parts)
   * @return the gateway's id for the message, kept with the notice
   * @throws RuntimeException when the gateway did not accept the message: the notice is tried again
   *     later, with growing pauses; an exception message must not repeat the number or text, as it
   *     may be logged
   */
  String send(String phoneNumber, String text);
}

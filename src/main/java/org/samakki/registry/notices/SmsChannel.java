package org.samakki.registry.notices;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Text messages through the deployment's {@link SmsGateway}, when it provides one. */
@Component
class SmsChannel implements NoticeChannel {

  private final ObjectProvider<SmsGateway> gateway;

  SmsChannel(ObjectProvider<SmsGateway> gateway) {
    this.gateway = gateway;
  }

  @Override
  public Channel channel() {
    return Channel.SMS;
  }

  @Override
  public Optional<String> unavailable() {
    return gateway.getIfAvailable() == null
        ? Optional.of("no SMS gateway bean is configured")
        : Optional.empty();
  }

  @Override
  public String deliver(Notice notice) {
    SmsGateway sms = gateway.getIfAvailable();
    if (sms == null) {
      throw new IllegalStateException("No SMS gateway");
    }
    return sms.send(notice.address(), notice.body());
  }
}

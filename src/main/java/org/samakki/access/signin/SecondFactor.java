package org.samakki.access.signin;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.CodeVerifier;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.DefaultCodeVerifier;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.time.TimeProvider;
import java.time.Clock;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * Time-based one-time codes (RFC 6238: SHA-1, 6 digits, 30 seconds, one step of clock drift
 * allowed), as authenticator apps show them; and the QR code that enrols an app.
 */
@Component
public class SecondFactor {

  private static final int PERIOD_SECONDS = 30;

  private final Clock clock;
  private final CodeVerifier verifier;
  private final CodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

  SecondFactor(Clock clock) {
    this.clock = clock;
    TimeProvider time = () -> clock.instant().getEpochSecond();
    DefaultCodeVerifier codes = new DefaultCodeVerifier(generator, time);
    codes.setTimePeriod(PERIOD_SECONDS);
    codes.setAllowedTimePeriodDiscrepancy(1);
    this.verifier = codes;
  }

  public String newSecret() {
    return new DefaultSecretGenerator(32).generate();
  }

  public boolean accepts(String secret, String code) {
    if (secret == null || code == null) {
      return false;
    }
    String digits = code.replaceAll("\\s", "");
    return digits.matches("\\d{6}") && verifier.isValidCode(secret, digits);
  }

  /** The code an authenticator app shows now; for demo users and tests. */
  public String currentCode(String secret) {
    try {
      return generator.generate(secret, clock.instant().getEpochSecond() / PERIOD_SECONDS);
    } catch (CodeGenerationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A PNG QR code as a data URI (allowed by the Content-Security-Policy's img-src). */
  public String qrCodeDataUri(String secret, String username) {
    QrData data =
        new QrData.Builder()
            .label(username)
            .secret(secret)
            .issuer("Samakki")
            .algorithm(HashingAlgorithm.SHA1)
            .digits(6)
            .period(PERIOD_SECONDS)
            .build();
    try {
      byte[] png = new ZxingPngQrGenerator().generate(data);
      return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    } catch (QrGenerationException e) {
      throw new IllegalStateException("Cannot draw the enrolment QR code", e);
    }
  }
}

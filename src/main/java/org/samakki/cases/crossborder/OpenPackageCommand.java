package org.samakki.cases.crossborder;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Map;
import org.samakki.Command;
import org.samakki.CommandArguments;
import org.springframework.stereotype.Component;

/**
 * {@code cases open-package --in FILE --key PRIVATE.pem --out FOLDER}: what the counterpart runs to
 * open a cross-border package with its own private key (PKCS #8 PEM).
 */
@Component
class OpenPackageCommand implements Command {

  @Override
  public String name() {
    return "cases open-package";
  }

  @Override
  public String summary() {
    return "open a cross-border package: cases open-package --in FILE --key PRIVATE.pem --out FOLDER";
  }

  @Override
  public int run(CommandArguments arguments, PrintStream out) throws Exception {
    Path in = Path.of(arguments.required("in"));
    Path key = Path.of(arguments.required("key"));
    Path folder = Path.of(arguments.required("out")).toAbsolutePath().normalize();
    Map<String, byte[]> entries;
    try {
      entries =
          PackageFormat.open(
              Files.readAllBytes(in),
              PackageFormat.privateKey(Files.readString(key, StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException(
          "This package does not open with this key, or it was changed: " + e.getMessage());
    }
    for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
      Path target = folder.resolve(entry.getKey()).normalize();
      if (!target.startsWith(folder)) {
        throw new IllegalArgumentException("An entry outside the folder: " + entry.getKey());
      }
      Files.createDirectories(target.getParent());
      Files.write(target, entry.getValue());
      out.println(entry.getKey());
    }
    out.printf("%d files written to %s%n", entries.size(), folder);
    return 0;
  }
}

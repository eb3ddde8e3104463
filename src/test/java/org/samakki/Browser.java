package org.samakki;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Debian's Chromium driven by Playwright, shared by the browser tests of every module; each test
 * gets a fresh context (no cookies) and a log of every URL its pages requested.
 */
public final class Browser implements AutoCloseable {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static Browser shared;

  private final Playwright playwright;
  private final com.microsoft.playwright.Browser chromium;

  private Browser() {
    if (!Files.isExecutable(CHROMIUM)) {
      throw new IllegalStateException(
          "Browser tests need Debian's chromium at " + CHROMIUM + " (apt-get install chromium)");
    }
    playwright = Playwright.create();
    chromium =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--no-first-run")));
  }

  /** The JVM-wide browser, started on first use and closed when the JVM ends. */
  public static synchronized Browser shared() {
    if (shared == null) {
      shared = new Browser();
      Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
    }
    return shared;
  }

  /** A fresh session at the given base URL, recording every request its pages make. */
  public Session open(String baseUrl) {
    BrowserContext context =
        chromium.newContext(
            new com.microsoft.playwright.Browser.NewContextOptions().setBaseURL(baseUrl));
    List<String> requests = new CopyOnWriteArrayList<>();
    context.onRequest(request -> requests.add(request.url()));
    return new Session(context, context.newPage(), requests);
  }

  /** One user's browser: its page and the URLs requested so far. */
  public record Session(BrowserContext context, Page page, List<String> requests)
      implements AutoCloseable {
    @Override
    public void close() {
      context.close();
    }
  }

  @Override
  public void close() {
    chromium.close();
    playwright.close();
  }
}

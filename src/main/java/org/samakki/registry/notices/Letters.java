package org.samakki.registry.notices;

import java.time.LocalDate;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes notices from the notices message bundles: to a worker in their own language, to an
 * employer in Thai and then English. Dates are in the Buddhist era for Thai readers. A notice says
 * what is due, by when and where to go, and nothing its reader does not already know: no reasons
 * about other people, and no more than the last characters of a document number.
 */
@Component
class Letters {

  static final String EMPLOYER_LANGUAGES = "th,en";
  private static final String RULE = "\n\n----------------------------------------\n\n";

  private final MessageSource messages;
  private final String contact;

  Letters(MessageSource messages, @Value("${samakki.registry.notices.contact:}") String contact) {
    this.messages = messages;
    this.contact = contact == null ? "" : contact.strip();
  }

  Letter toWorker(DueWorker worker) {
    String language = worker.workerLanguage();
    Locale locale = Locale.forLanguageTag(language);
    String date = date(worker.deadline(), locale);
    String name = worker.nameIn(language);
    String greeting =
        name == null
            ? text(locale, "notice.worker.greetingAnonymous")
            : text(locale, "notice.worker.greeting", name);
    String body =
        String.join(
            "\n\n",
            greeting,
            text(locale, "notice.worker.intro", date) + "\n" + items(worker.topics(), locale),
            text(locale, "notice.worker.closing"),
            text(locale, "notice.contact", contact(locale)),
            text(locale, "notice.automatic"));
    return new Letter(
        language,
        text(locale, "notice.worker.subject", date),
        body,
        text(locale, "notice.sms.worker", date, inline(worker.topics(), locale), contact(locale)));
  }

  /** The employer's notice, or null when nothing due concerns the employer. */
  Letter toEmployer(DueWorker worker) {
    List<Topic> topics = worker.employerTopics();
    if (topics.isEmpty()) {
      return null;
    }
    Locale thai = Locale.forLanguageTag("th");
    Locale english = Locale.ENGLISH;
    return new Letter(
        EMPLOYER_LANGUAGES,
        employerSubject(worker, thai) + " / " + employerSubject(worker, english),
        employerBody(worker, topics, thai) + RULE + employerBody(worker, topics, english),
        employerSms(worker, topics, thai) + " / " + employerSms(worker, topics, english));
  }

  private String employerSubject(DueWorker worker, Locale locale) {
    return text(locale, "notice.employer.subject", date(worker.deadline(), locale));
  }

  private String employerBody(DueWorker worker, List<Topic> topics, Locale locale) {
    String employer = worker.employerName() == null ? "" : worker.employerName().strip();
    String greeting =
        employer.isEmpty()
            ? text(locale, "notice.employer.greetingAnonymous")
            : text(locale, "notice.employer.greeting", employer);
    return String.join(
        "\n\n",
        greeting,
        text(
                locale,
                "notice.employer.intro",
                worker(worker, locale),
                date(worker.deadline(), locale))
            + "\n"
            + items(topics, locale),
        text(locale, "notice.employer.closing"),
        text(locale, "notice.contact", contact(locale)),
        text(locale, "notice.automatic"));
  }

  private String employerSms(DueWorker worker, List<Topic> topics, Locale locale) {
    return text(
        locale,
        "notice.sms.employer",
        worker(worker, locale),
        date(worker.deadline(), locale),
        inline(topics, locale));
  }

  /** The worker as the employer knows them: name, and the end of the work permit number. */
  private String worker(DueWorker worker, Locale locale) {
    String name = worker.nameForEmployer();
    String ending = worker.permitEnding();
    String permit = ending == null ? null : text(locale, "notice.employer.permit", ending);
    if (name == null) {
      return permit == null ? text(locale, "notice.employer.unnamedWorker") : permit;
    }
    return permit == null ? name : name + " (" + permit + ")";
  }

  private String items(List<Topic> topics, Locale locale) {
    return topics.stream()
        .map(t -> "- " + text(locale, "notice.item." + t.name()))
        .collect(Collectors.joining("\n"));
  }

  private String inline(List<Topic> topics, Locale locale) {
    return topics.stream()
        .map(t -> text(locale, "notice.item." + t.name()))
        .collect(Collectors.joining(" "));
  }

  private String contact(Locale locale) {
    return contact.isEmpty() ? text(locale, "notice.contact.default") : contact;
  }

  /** A deadline as its reader writes dates: “15 มีนาคม พ.ศ. 2569”, “15 March 2026”. */
  String date(LocalDate day, Locale locale) {
    DateTimeFormatter format =
        DateTimeFormatter.ofPattern(text(locale, "notice.date.pattern"), locale)
            // Latin digits in every language, as everywhere else in Samakki
            .withDecimalStyle(DecimalStyle.STANDARD);
    if ("th".equals(locale.getLanguage())) {
      format = format.withChronology(ThaiBuddhistChronology.INSTANCE);
    }
    return format.format(day);
  }

  private String text(Locale locale, String code, Object... args) {
    return messages.getMessage(code, args.length == 0 ? null : args, locale);
  }
}

package org.samakki.cases.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samakki.access.AgencyType;
import org.samakki.access.RecordNotFoundException;
import org.samakki.access.accounts.Agency;
import org.samakki.access.accounts.TestAccounts;
import org.samakki.access.accounts.TestAccounts.TestUser;
import org.samakki.access.signin.TestSignIn;
import org.samakki.cases.consent.Consents;
import org.samakki.cases.consent.Giver;
import org.samakki.cases.consent.LegalBasis;
import org.samakki.cases.consent.Purpose;
import org.samakki.cases.consent.RecipientType;
import org.samakki.cases.nrm.Approvals;
import org.samakki.cases.nrm.CaseType;
import org.samakki.cases.nrm.ClosureReason;
import org.samakki.cases.nrm.ProtectionCases;
import org.samakki.cases.retention.CaseRetention;
import org.samakki.registry.RegistryFixtures;
import org.samakki.registry.RegistryFixtures.Row;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Attachments of a case: the type from the content against the allow-list, the size limit with a
 * clear message, photos without GPS and only with photo consent, nothing readable at rest, every
 * download audited, need-to-know (404), and crypto-shredding with the case key.
 */
@SpringBootTest
class AttachmentTests {

  @Autowired WebApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired ProtectionCases cases;
  @Autowired Consents consents;
  @Autowired Attachments attachments;
  @Autowired Approvals approvals;
  @Autowired CaseRetention retention;

  @Value("${samakki.data-dir}")
  Path dataDir;

  @TempDir Path folder;
  MockMvc mvc;
  TestAccounts accounts;
  TestUser caseworker;
  TestUser supervisor;
  TestUser otherAgencyWorker;
  long person;

  @BeforeEach
  void setUp() {
    mvc =
        MockMvcBuilders.webAppContextSetup(context)
            .apply(SecurityMockMvcConfigurers.springSecurity())
            .build();
    accounts = new TestAccounts(context);
    Agency ngo = accounts.agency(AgencyType.NGO);
    supervisor = accounts.user(ngo, "supervisor");
    caseworker = accounts.user(ngo, null, supervisor.id(), "caseworker");
    otherAgencyWorker = accounts.user(accounts.agency(AgencyType.NGO), "caseworker");
    Row worker = RegistryFixtures.worker();
    RegistryFixtures registry = new RegistryFixtures(context);
    registry.load(folder, accounts.agency(AgencyType.GOVERNMENT).id(), worker);
    person = registry.personId(worker.get("document_number"));
    TestSignIn.actAs(caseworker);
  }

  @AfterEach
  void tearDown() {
    TestSignIn.signOut();
  }

  @Test
  void aPdfThatIsReallyHtmlOrAnExecutableIsRefused() throws Exception {
    UUID id = open();
    byte[] html =
        "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
            .getBytes(StandardCharsets.UTF_8);
    byte[] exe = new byte[256];
    exe[0] = 'M';
    exe[1] = 'Z';
    exe[0x3c] = (byte) 0x80;
    exe[0x80] = 'P';
    exe[0x81] = 'E';

    assertThatThrownBy(() -> attachments.add(id, "passport.pdf", html))
        .hasMessage("cases.attachment.typeRefused");
    assertThatThrownBy(() -> attachments.add(id, "statement.pdf", exe))
        .hasMessage("cases.attachment.typeRefused");
    assertThat(attachments.of(id)).isEmpty();

    MvcResult refused =
        mvc.perform(
                multipart("/cases/{id}/attachments", id)
                    .file(new MockMultipartFile("file", "passport.pdf", "application/pdf", html))
                    .with(csrf())
                    .with(authentication(TestSignIn.as(caseworker))))
            .andReturn();
    assertThat(refused.getResponse().getStatus()).isEqualTo(422);
    assertThat(refused.getRequest().getAttribute("samakki.problem"))
        .asString()
        .startsWith("This kind of file cannot be attached");
  }

  @Test
  void anOversizeUploadGetsAClearMessage() throws Exception {
    UUID id = open();
    byte[] big = new byte[(int) attachments.maxSize() + 1];
    java.util.Arrays.fill(big, (byte) 'a');

    MvcResult refused =
        mvc.perform(
                multipart("/cases/{id}/attachments", id)
                    .file(new MockMultipartFile("file", "notes.txt", "text/plain", big))
                    .with(csrf())
                    .with(authentication(TestSignIn.as(caseworker))))
            .andReturn();

    assertThat(refused.getResponse().getStatus()).isEqualTo(422);
    assertThat(refused.getRequest().getAttribute("samakki.problem"))
        .isEqualTo("This file is too large to attach.");
    TestSignIn.actAs(caseworker); // the mock request ended its own security context
    assertThatThrownBy(() -> attachments.add(id, "notes.txt", big))
        .hasMessage("cases.attachment.tooLarge");
    assertThat(attachments.of(id)).isEmpty();
  }

  @Test
  void aPhotoNeedsPhotoConsentAndIsKeptWithoutItsGpsPosition() throws Exception {
    UUID id = open();
    byte[] tagged = jpegWithGps();
    assertThat(gps(tagged)).as("the fixture carries a GPS position").isTrue();

    assertThatThrownBy(() -> attachments.add(id, "photo.jpg", tagged))
        .hasMessage("cases.attachment.photoConsentMissing");

    consents.give(
        id,
        new Consents.Given(
            Purpose.PHOTO,
            RecipientType.ANY,
            Giver.PERSON,
            null,
            "my",
            "privacy-notice-my-2026-1"));
    UUID photo = attachments.add(id, "IMG_2041.JPG", tagged);
    Attachments.Download kept = attachments.download(id, photo);

    assertThat(kept.attachment().contentType()).isEqualTo("image/jpeg");
    assertThat(kept.attachment().photo()).isTrue();
    assertThat(kept.attachment().fileName()).isEqualTo("IMG_2041.jpg");
    assertThat(ImageIO.read(new java.io.ByteArrayInputStream(kept.content()))).isNotNull();
    assertThat(gps(kept.content())).isFalse();
    assertThat(Imaging.getMetadata(kept.content())).isNull();
  }

  @Test
  void nothingOfTheFileIsReadableAtRestAndEveryDownloadIsAudited() throws Exception {
    UUID id = open();
    String marker = "Statement of witness " + UUID.randomUUID();
    String name = "statement-" + UUID.randomUUID();
    byte[] content =
        (marker + "\nShe was moved across the border at night.\n").getBytes(StandardCharsets.UTF_8);
    UUID attachment = attachments.add(id, name + ".pdf", content);

    Path stored = dataDir.toAbsolutePath().resolve("attachments").resolve(id.toString());
    List<Path> files;
    try (var list = Files.list(stored)) {
      files = list.toList();
    }
    assertThat(files).hasSize(1);
    byte[] atRest = Files.readAllBytes(files.get(0));
    assertThat(new String(atRest, StandardCharsets.ISO_8859_1))
        .doesNotContain("Statement of witness", name);
    String row =
        jdbc.sql("select row_to_json(a)::text from cases.attachment a where id = ?")
            .param(attachment)
            .query(String.class)
            .single();
    assertThat(row).doesNotContain(name).doesNotContain("witness");
    assertThat(
            jdbc.sql("select encode(file_name, 'escape') from cases.attachment where id = ?")
                .param(attachment)
                .query(String.class)
                .single())
        .doesNotContain(name);

    MvcResult download =
        mvc.perform(
                get("/cases/{id}/attachments/{a}", id, attachment)
                    .with(authentication(TestSignIn.as(caseworker))))
            .andReturn();

    assertThat(download.getResponse().getStatus()).isEqualTo(200);
    assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(content);
    assertThat(download.getResponse().getContentType()).startsWith("text/plain");
    assertThat(download.getResponse().getHeader("Content-Disposition"))
        .startsWith("attachment")
        .contains(name + ".txt");
    assertThat(download.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(audited("DOWNLOAD", attachment)).isEqualTo(1);
  }

  @Test
  void anotherAgencyGetsNotFoundAndADestroyedKeyLeavesNothingToRead() throws Exception {
    UUID id = open();
    UUID attachment =
        attachments.add(
            id, "note.txt", "Her mother's number in Myawaddy".getBytes(StandardCharsets.UTF_8));
    Authentication outsider = TestSignIn.as(otherAgencyWorker);

    assertThat(
            mvc.perform(
                    get("/cases/{id}/attachments/{a}", id, attachment)
                        .with(authentication(outsider)))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    TestSignIn.actAs(otherAgencyWorker);
    assertThatThrownBy(() -> attachments.download(id, attachment))
        .isInstanceOf(RecordNotFoundException.class);
    assertThat(audited("DOWNLOAD", attachment)).isZero();

    TestSignIn.actAs(caseworker);
    approvals.requestClosure(id, ClosureReason.SERVICES_COMPLETED);
    TestSignIn.actAs(supervisor);
    approvals.decide(id, Approvals.Subject.CLOSURE, true);
    Path stored = dataDir.toAbsolutePath().resolve("attachments").resolve(id.toString());
    assertThat(stored).isDirectory();

    retention.apply(LocalDate.now().plusYears(11));

    assertThat(stored).doesNotExist();
    TestSignIn.actAs(supervisor);
    assertThat(attachments.of(id)).isEmpty();
    assertThatThrownBy(() -> attachments.download(id, attachment))
        .isInstanceOf(RecordNotFoundException.class);
  }

  private UUID open() {
    return cases.open(
        new ProtectionCases.Opening(
            person,
            CaseType.TRAFFICKING,
            false,
            "Recruited for a fishing boat",
            "privacy-notice-2026-1",
            "my",
            LegalBasis.VITAL_INTEREST));
  }

  private int audited(String action, UUID id) {
    return jdbc.sql("select count(*) from audit.entry where action = ? and ? = any(record_ids)")
        .params(action, id.toString())
        .query(Integer.class)
        .single();
  }

  /** A small JPEG with the GPS position of Mae Sot in its EXIF, as a phone would write it. */
  static byte[] jpegWithGps() throws Exception {
    BufferedImage image = new BufferedImage(48, 32, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 48; x++) {
      for (int y = 0; y < 32; y++) {
        image.setRGB(x, y, (x * 5) << 16 | (y * 7) << 8 | 90);
      }
    }
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    ImageIO.write(image, "jpg", plain);
    TiffOutputSet exif = new TiffOutputSet();
    exif.setGpsInDegrees(98.5767, 16.7131);
    ByteArrayOutputStream tagged = new ByteArrayOutputStream();
    new ExifRewriter().updateExifMetadataLossless(plain.toByteArray(), tagged, exif);
    return tagged.toByteArray();
  }

  static boolean gps(byte[] jpeg) throws Exception {
    ImageMetadata metadata = Imaging.getMetadata(jpeg);
    return metadata instanceof JpegImageMetadata j
        && j.getExif() != null
        && j.getExif().getGpsInfo() != null;
  }
}

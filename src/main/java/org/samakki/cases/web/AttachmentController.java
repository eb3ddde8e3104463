package org.samakki.cases.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.samakki.access.AccessControl;
import org.samakki.cases.attachments.Attachments;
import org.samakki.cases.crossborder.CrossBorderPackages;
import org.samakki.cases.nrm.ProtectionCases;
import org.samakki.referrals.Counterparts;
import org.samakki.referrals.Referral;
import org.samakki.referrals.Referrals;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The attachments of a case (upload, list, download) and the cross-border packages of its referrals
 * to counterparts abroad. Downloads go out as attachments of their checked type, never sniffed,
 * never cached.
 */
@Controller
class AttachmentController {

  private final Attachments attachments;
  private final CrossBorderPackages packages;
  private final ProtectionCases cases;
  private final Referrals referrals;
  private final Counterparts counterparts;
  private final AccessControl access;

  AttachmentController(
      Attachments attachments,
      CrossBorderPackages packages,
      ProtectionCases cases,
      Referrals referrals,
      Counterparts counterparts,
      AccessControl access) {
    this.attachments = attachments;
    this.packages = packages;
    this.cases = cases;
    this.referrals = referrals;
    this.counterparts = counterparts;
    this.access = access;
  }

  @GetMapping("/cases/{id}/attachments")
  String page(@PathVariable UUID id, Model model) {
    Map<String, Object> c = cases.read(id);
    model.addAttribute("c", c);
    model.addAttribute("attachments", attachments.of(id));
    model.addAttribute("maxMegabytes", attachments.maxSize() / (1024 * 1024));
    model.addAttribute("canUpload", access.can("case-attachment", "create"));
    List<Referral> abroad =
        referrals.listOfCase(id).stream()
            .filter(r -> List.of("SENT", "ACCEPTED").contains(r.status()))
            .filter(r -> counterparts.crossBorder(UUID.fromString(r.id())))
            .toList();
    model.addAttribute("crossBorder", abroad);
    model.addAttribute("canPackage", access.can("referral", "update"));
    return "cases/attachments";
  }

  @PostMapping("/cases/{id}/attachments")
  String upload(
      @PathVariable UUID id, @RequestParam(name = "file", required = false) MultipartFile file)
      throws IOException {
    if (file == null || file.isEmpty()) {
      throw new IllegalArgumentException("cases.attachment.empty");
    }
    if (file.getSize() > attachments.maxSize()) {
      // refused before the content is read into memory
      throw new IllegalArgumentException("cases.attachment.tooLarge");
    }
    byte[] content;
    try (InputStream in = file.getInputStream()) {
      content = in.readNBytes((int) attachments.maxSize() + 1);
    }
    attachments.add(id, file.getOriginalFilename(), content);
    return "redirect:/cases/" + id + "/attachments";
  }

  @GetMapping("/cases/{id}/attachments/{attachment}")
  ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID attachment) {
    Attachments.Download download = attachments.download(id, attachment);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(download.attachment().contentType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(download.attachment().fileName(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Content-Type-Options", "nosniff")
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(download.content());
  }

  @PostMapping("/referrals/{id}/package")
  ResponseEntity<byte[]> crossBorderPackage(
      @PathVariable UUID id,
      @RequestParam(name = "attachments", required = false) List<UUID> chosen) {
    CrossBorderPackages.Sealed sealed = packages.build(id, chosen == null ? List.of() : chosen);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_OCTET_STREAM)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(sealed.fileName()).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(sealed.bytes());
  }
}

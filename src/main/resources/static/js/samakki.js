// Samakki's only script: behaviour that htmx attributes cannot express. No inline script is
// allowed by the Content-Security-Policy, so pages wire behaviour through data attributes.
(function () {
  "use strict";

  // Area picker (geo/fragments :: area-picker): a combobox whose options htmx loads.
  function pickerOf(element) {
    return element.closest("[data-area-picker]");
  }

  function parts(picker) {
    return {
      value: picker.querySelector("[data-area-value]"),
      input: picker.querySelector("[role=combobox]"),
      list: picker.querySelector("[role=listbox]")
    };
  }

  function options(picker) {
    return Array.from(parts(picker).list.querySelectorAll("[role=option]"));
  }

  function close(picker) {
    var p = parts(picker);
    p.list.replaceChildren();
    p.input.setAttribute("aria-expanded", "false");
    p.input.removeAttribute("aria-activedescendant");
  }

  function activate(picker, index) {
    var all = options(picker);
    if (all.length === 0) return;
    var next = (index + all.length) % all.length;
    all.forEach(function (o, i) { o.setAttribute("aria-selected", i === next ? "true" : "false"); });
    parts(picker).input.setAttribute("aria-activedescendant", all[next].id);
    all[next].scrollIntoView({ block: "nearest" });
  }

  function choose(picker, option) {
    var p = parts(picker);
    p.value.value = option.dataset.code;
    p.input.value = option.dataset.label;
    close(picker);
    p.value.dispatchEvent(new Event("change", { bubbles: true }));
  }

  document.addEventListener("htmx:afterSwap", function (event) {
    var picker = pickerOf(event.detail.target);
    if (!picker) return;
    var open = options(picker).length > 0 || parts(picker).list.children.length > 0;
    parts(picker).input.setAttribute("aria-expanded", open ? "true" : "false");
  });

  document.addEventListener("input", function (event) {
    var picker = pickerOf(event.target);
    if (picker && event.target.getAttribute("role") === "combobox") {
      parts(picker).value.value = "";
      if (event.target.value.trim() === "") close(picker);
    }
  });

  document.addEventListener("keydown", function (event) {
    var picker = pickerOf(event.target);
    if (!picker || event.target.getAttribute("role") !== "combobox") return;
    var all = options(picker);
    var current = all.findIndex(function (o) { return o.getAttribute("aria-selected") === "true"; });
    if (event.key === "ArrowDown") { activate(picker, current + 1); event.preventDefault(); }
    else if (event.key === "ArrowUp") { activate(picker, current - 1); event.preventDefault(); }
    else if (event.key === "Escape") { close(picker); }
    else if (event.key === "Enter" && all.length > 0) {
      choose(picker, all[current >= 0 ? current : 0]);
      event.preventDefault();
    }
  });

  document.addEventListener("click", function (event) {
    var option = event.target.closest("[data-area-picker] [role=option]");
    if (option) choose(pickerOf(option), option);
  });
  // Uploads (registry/imports): a file over the server's limit is refused here, with the reason,
  // instead of being sent for minutes and then refused.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var limit = Number(form.dataset ? form.dataset.maxBytes : 0);
    if (!limit) return;
    var input = form.querySelector("input[type=file]");
    var file = input && input.files && input.files[0];
    if (file && file.size > limit) {
      event.preventDefault();
      input.setCustomValidity(form.dataset.tooLarge);
      input.reportValidity();
    }
  });

  document.addEventListener("change", function (event) {
    if (event.target.matches && event.target.matches("input[type=file]")) {
      event.target.setCustomValidity("");
    }
  });
})();

// Copy buttons: shown only when this script runs; each copies its feed's URL.
"use strict";
document.documentElement.classList.add("js");
const statusLine = document.querySelector(".copy-status");

async function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const field = document.createElement("textarea");
  field.value = text;
  field.setAttribute("readonly", "");
  field.style.position = "absolute";
  field.style.left = "-9999px";
  document.body.appendChild(field);
  field.select();
  const ok = document.execCommand("copy");
  field.remove();
  if (!ok) throw new Error("copy refused");
}

for (const button of document.querySelectorAll("button[data-copy]")) {
  const label = button.textContent;
  button.hidden = false;
  button.addEventListener("click", async () => {
    let message = button.dataset.copied;
    try {
      await copyText(button.dataset.copy);
      button.classList.add("done");
    } catch (error) {
      message = button.dataset.failed;
      window.prompt(message, button.dataset.copy);
    }
    button.textContent = message;
    if (statusLine) statusLine.textContent = message + ": " + button.dataset.copy;
    setTimeout(() => { button.textContent = label; button.classList.remove("done"); }, 2000);
  });
}

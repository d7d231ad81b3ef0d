// "/" focuses the search box unless the person is already typing somewhere.
document.addEventListener("keydown", (event) => {
  if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target;
  if (target instanceof Element && target.closest("input, textarea, select, [contenteditable]")) return;
  const box = document.getElementById("q");
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});

// Empty period fields stay out of the URL: "?q=выборы" rather than "?q=выборы&from=&to=".
document.addEventListener("submit", (event) => {
  for (const input of event.target.querySelectorAll("input[name=from], input[name=to]")) {
    if (!input.value.trim()) input.disabled = true;
  }
});

// On a narrow screen the facets wait behind «Фильтры», so the first result is on the first screen.
const filters = document.querySelector("details[data-filters]");
if (filters && window.matchMedia("(max-width: 760px)").matches) filters.open = false;

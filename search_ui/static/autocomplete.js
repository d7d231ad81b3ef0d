// Suggestions under the search box: an ARIA 1.2 combobox fed by /api/suggest
// (the endpoint the browser's own search bar uses). Without this script the
// box is a plain text field and the form works as before.
(() => {
  "use strict";

  const DELAY_MS = 120;
  const MAX_CACHED = 200;

  function setUp(input) {
    const listId = "q-suggestions";
    const wrapper = document.createElement("div");
    wrapper.className = "autocomplete";
    input.parentNode.insertBefore(wrapper, input);
    wrapper.appendChild(input);
    const list = document.createElement("ul");
    list.id = listId;
    list.className = "autocomplete__list";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "Подсказки");
    list.hidden = true;
    wrapper.appendChild(list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", listId);
    input.setAttribute("aria-expanded", "false");
    return list;
  }

  function attach(input) {
    const list = setUp(input);
    const cache = new Map();
    let active = -1;
    let timer = 0;
    let controller = null;

    const options = () => Array.from(list.querySelectorAll("[role=option]"));

    function close() {
      list.hidden = true;
      list.replaceChildren();
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }

    function show(query, found) {
      if (query !== input.value.trim() || document.activeElement !== input) return;
      list.replaceChildren();
      active = -1;
      input.removeAttribute("aria-activedescendant");
      found.forEach((text, n) => {
        const option = document.createElement("li");
        option.id = `q-suggestion-${n}`;
        option.className = "autocomplete__option";
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.textContent = text;
        list.appendChild(option);
      });
      list.hidden = found.length === 0;
      list.dataset.query = query; // which text the list is for: typing may be ahead of it
      input.setAttribute("aria-expanded", String(found.length > 0));
    }

    function highlight(n) {
      const all = options();
      if (!all.length) return;
      active = (n + all.length) % all.length;
      all.forEach((option, i) => option.setAttribute("aria-selected", String(i === active)));
      input.setAttribute("aria-activedescendant", all[active].id);
      all[active].scrollIntoView({ block: "nearest" });
    }

    function choose(option) {
      input.value = option.textContent;
      close();
      // requestSubmit fires "submit" (app.js drops empty period fields there); old Safari lacks it.
      if (input.form.requestSubmit) input.form.requestSubmit();
      else input.form.submit();
    }

    async function fetchSuggestions(query) {
      if (cache.has(query)) return cache.get(query);
      if (controller) controller.abort();
      controller = new AbortController();
      const url = `/api/suggest?q=${encodeURIComponent(query)}`;
      const response = await fetch(url, { signal: controller.signal });
      if (!response.ok) return [];
      const [, found] = await response.json();
      if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value);
      cache.set(query, found);
      return found;
    }

    function update() {
      const query = input.value.trim();
      if (!query) return close();
      fetchSuggestions(query).then(
        (found) => show(query, found),
        () => {}, // an aborted or failed request: the box simply shows no suggestions
      );
    }

    input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(update, DELAY_MS);
    });

    input.addEventListener("keydown", (event) => {
      const open = !list.hidden;
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        if (!open) return update();
        highlight(active + (event.key === "ArrowDown" ? 1 : -1));
      } else if (event.key === "Enter" && open && active >= 0) {
        event.preventDefault();
        choose(options()[active]);
      } else if (event.key === "Escape" && open) {
        event.preventDefault();
        close();
      }
    });

    // pointerdown, not click: the box keeps its focus, so blur does not close the list first.
    list.addEventListener("pointerdown", (event) => event.preventDefault());
    list.addEventListener("click", (event) => {
      const option = event.target.closest("[role=option]");
      if (option) choose(option);
    });
    input.addEventListener("blur", close);
  }

  const input = document.getElementById("q");
  if (input && input.form) attach(input);
})();

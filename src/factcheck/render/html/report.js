// Filters for the factcheck report; the page is complete without this script.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) { return; }
  var keys = ["severity", "type", "person", "outlet"];
  function apply() {
    var shown = 0, total = 0;
    document.querySelectorAll("[data-filter]").forEach(function (el) {
      var ok = keys.every(function (key) {
        var want = form.elements[key].value;
        var have = el.getAttribute("data-" + key);
        return !want || have === null || have.split(" ").indexOf(want) >= 0;
      });
      el.hidden = !ok;
      if (el.classList.contains("card")) { total += 1; if (ok) { shown += 1; } }
    });
    document.getElementById("shown").textContent =
      shown + " of " + total + " conflicts shown";
  }
  function flash() {
    document.querySelectorAll(".flash").forEach(function (el) { el.classList.remove("flash"); });
    var target = location.hash && document.getElementById(location.hash.slice(1));
    if (!target || !target.classList.contains("anchor")) { return; }
    var next = target.nextElementSibling;
    while (next && next.classList.contains("anchor")) { next = next.nextElementSibling; }
    if (next) { next.classList.add("flash"); }
  }
  form.hidden = false;
  form.addEventListener("change", apply);
  form.addEventListener("reset", function () { setTimeout(apply, 0); });
  window.addEventListener("hashchange", flash);
  apply();
  flash();
})();

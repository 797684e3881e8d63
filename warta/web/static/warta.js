// Click a record in a side list: scroll its span into view and flash it.
document.addEventListener("click", (ev) => {
  const link = ev.target.closest("a.jump");
  if (!link) return;
  const target = document.getElementById(link.dataset.target);
  if (!target) return;
  ev.preventDefault();
  const span = target.nextElementSibling || target;
  span.scrollIntoView({ behavior: "smooth", block: "center" });
  span.classList.remove("flash");
  void span.offsetWidth;
  span.classList.add("flash");
  history.replaceState(null, "", "#" + link.dataset.target);
});

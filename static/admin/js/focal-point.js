/* The focal point of an image of the library (relations ImageAdmin): a click on the preview fills
   the "focal point" fields, in percent from the left and top edges, and a marker shows the point.
   The fields stay usable by themselves: from the keyboard, and when this script does not run. */
"use strict";

document.addEventListener("DOMContentLoaded", function () {
  const picker = document.querySelector(".focal-point-picker");
  const fieldX = document.getElementById("id_focal_x");
  const fieldY = document.getElementById("id_focal_y");
  // No preview before the first save; no fields for staff who may only translate the image.
  if (!picker || !fieldX || !fieldY) {
    return;
  }
  const image = picker.querySelector("img");
  const marker = picker.querySelector(".focal-point-picker__marker");

  function percent(value) {
    const number = Math.round(Number(value));
    return Number.isFinite(number) ? Math.min(100, Math.max(0, number)) : 50;
  }

  function showMarker() {
    marker.style.left = percent(fieldX.value) + "%";
    marker.style.top = percent(fieldY.value) + "%";
    marker.hidden = false;
  }

  image.addEventListener("click", function (event) {
    const box = image.getBoundingClientRect();
    fieldX.value = percent((100 * (event.clientX - box.left)) / box.width);
    fieldY.value = percent((100 * (event.clientY - box.top)) / box.height);
    showMarker();
  });
  fieldX.addEventListener("input", showMarker);
  fieldY.addEventListener("input", showMarker);
  picker.classList.add("focal-point-picker--active");
  showMarker();
});

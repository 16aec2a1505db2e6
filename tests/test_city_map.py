"""The map of the partner cities: drawn by the site from Natural Earth outlines, every city a link,
labels that never cover each other, and the geometry computed once per process."""

import os
import re
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import translation

from relations import world_map
from relations.models import City
from tests.test_accessibility import CHROMIUM, CHROMIUM_FLAGS, demo_site  # noqa: F401 (a fixture)

pytestmark = pytest.mark.django_db


def map_page(client, language="fr"):
    with translation.override(language):
        return client.get(reverse("relations:city_map")).content.decode()


def test_every_city_of_the_list_is_a_link_on_a_map(demo, client):
    html = map_page(client)
    maps = html[html.index('<div class="maps">') : html.index('<ul class="map-legend"')]
    linked = set(re.findall(r'<a class="map__city[^"]*" href="([^"]+)"', maps))
    cities = City.objects.published().filter(latitude__isnull=False)
    assert linked == {city.get_absolute_url() for city in cities}
    assert len(cities) > 10


def test_the_maps_draw_the_countries_of_natural_earth(demo, client):
    html = map_page(client, "de")
    outlines = re.findall(r'<path class="map__land[^"]*" d="([^"]+)"', html)
    assert len(outlines) == 6  # other and partner countries, on the world, Europe and East Asia
    assert all(len(d) > 1000 for d in outlines[::2])
    assert "Europa" in html and "Ostasien" in html


@pytest.mark.parametrize("view", [world_map.WORLD, *world_map.REGIONS], ids=lambda view: view.slug)
def test_labels_are_placed_apart_and_inside_their_map(demo, view):
    cities = [city for city in City.objects.published().filter(latitude__isnull=False)]
    drawn = {m.view: m for m in world_map.maps(cities)}[view]
    boxes = [
        world_map._label_box(place.city.name if place.city else "Limoges", *place.label)
        for place in drawn.places
        if place.always_labelled
    ]
    boxes += [inset.label_box for inset in drawn.insets]
    assert boxes
    for number, box in enumerate(boxes):
        assert box[0] >= 0 and box[1] >= 0 and box[2] <= view.width and box[3] <= view.height, box
        assert not any(world_map._overlaps(box, other) for other in boxes[number + 1 :]), box


def test_the_outlines_are_computed_once():
    world_map.outlines.cache_clear()
    world_map.outlines(world_map.WORLD, frozenset({250}))
    world_map.outlines(world_map.WORLD, frozenset({250}))
    assert world_map.outlines.cache_info().hits == 1


@pytest.mark.slow
@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed (.ci/run installs it)")
@pytest.mark.parametrize("width", [375, 1280])
def test_the_map_in_a_browser(demo_site, width):  # noqa: F811 (the fixture imported above)
    """Every city of the list is a focusable link on the map, no two visible labels overlap, and the
    twin cities are within the viewport's width on a phone."""
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with translation.override("de"):
        address = demo_site.url + reverse("relations:city_map")
    foreign_requests = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        page = browser.new_page(viewport={"width": width, "height": 800})
        page.on("request", lambda r: None if r.url.startswith(demo_site.url) else foreign_requests.append(r.url))
        page.goto(address)
        listed = page.eval_on_selector_all(".city-list a", "links => links.map(link => link.pathname)")
        # Tab through the page and note which map links take the focus.
        focused = set()
        for _ in range(200):
            page.keyboard.press("Tab")
            target = page.evaluate(
                "() => document.activeElement.closest('.map') ? document.activeElement.getAttribute('href') : null"
            )
            if target:
                focused.add(target)
        labels = page.eval_on_selector_all(
            ".map text",
            """texts => texts.filter(text => getComputedStyle(text).opacity !== '0').map(text => {
                const box = text.getBoundingClientRect();
                return {name: text.textContent.trim(), left: box.left, top: box.top, right: box.right,
                        bottom: box.bottom, twin: !!text.closest('.map__city--twin')};
            })""",
        )
        browser.close()
    assert listed and set(listed) <= focused, set(listed) - focused
    overlapping = [
        (a["name"], b["name"])
        for number, a in enumerate(labels)
        for b in labels[number + 1 :]
        if a["left"] < b["right"] and b["left"] < a["right"] and a["top"] < b["bottom"] and b["top"] < a["bottom"]
    ]
    assert overlapping == []
    twins = [label for label in labels if label["twin"]]
    assert len(twins) == 5
    assert all(0 <= label["left"] and label["right"] <= width for label in twins), twins
    assert foreign_requests == []

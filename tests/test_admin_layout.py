"""The admin at 1280 px in French, German and English: the list of articles fits the screen, its
publication column is whole, and the change form's buttons do not cover its headings; the address
(slug) of each language fills in while its title is typed.

Needs Debian's Chromium (as tests/test_accessibility.py): slow, run on PostgreSQL."""

import os
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import Client

from relations.models import Article
from tests.test_accessibility import CHROMIUM, CHROMIUM_FLAGS, WIDTHS

LAYOUT = """() => {
  const box = selector => [...document.querySelectorAll(selector)].map(e => e.getBoundingClientRect().toJSON());
  const results = document.querySelector('#changelist .results');
  return {
    viewport: document.documentElement.clientWidth,
    page: document.documentElement.scrollWidth,
    table: box('#result_list')[0] || null,
    results: results ? results.getBoundingClientRect().toJSON() : null,
    states: box('#result_list td.field-publication_state'),
    titles: [...document.querySelectorAll('#result_list .field-title a')].map(link => {
      const text = document.createRange();
      text.selectNodeContents(link);
      return new Set([...text.getClientRects()].map(line => Math.round(line.top))).size;
    }),
    tools: box('.object-tools li'),
    headings: box('#content h1, #content h2'),
  };
}"""


TYPE_TITLE = """([code, title]) => {
  const field = document.getElementById(`id_title_${code}`);
  field.value = title;
  field.dispatchEvent(new Event('keyup', {bubbles: true}));
  return document.getElementById(`id_slug_${code}`).value;
}"""


def overlap(a, b):
    return a["left"] < b["right"] and b["left"] < a["right"] and a["top"] < b["bottom"] and b["top"] < a["bottom"]


@pytest.mark.slow
@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed (.ci/run installs it)")
@pytest.mark.django_db(transaction=True)
def test_the_article_list_and_form_fit_1280_pixels_in_every_admin_language(live_server, django_user_model):
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    call_command("load_demo", verbosity=0)
    webmaster = django_user_model.objects.create_superuser("webmaster", "webmaster@limoges.example", "unused-in-tests")
    client = Client()
    client.force_login(webmaster)  # past the second factor too (tests/conftest.py)
    article = Article.objects.order_by("pk").first()
    width, height = WIDTHS["desktop"]
    problems = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        context = browser.new_context(viewport={"width": width, "height": height})
        context.add_cookies([{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}])
        page = context.new_page()
        for language in ("fr", "de", "en"):
            for path in (
                f"/{language}/admin/relations/article/",
                f"/{language}/admin/relations/article/{article.pk}/change/",
            ):
                page.goto(live_server.url + path)
                layout = page.evaluate(LAYOUT)
                if layout["page"] > layout["viewport"]:
                    problems.append(f"{path}: the page is {layout['page']} px wide")
                if layout["table"] and layout["table"]["right"] > layout["results"]["right"] + 1:
                    problems.append(f"{path}: the list is cut ({layout['table']['width']} px)")
                for cell in layout["states"]:
                    if cell["right"] > layout["results"]["right"] + 1:
                        problems.append(f"{path}: the publication column is cut")
                        break
                if not layout["titles"] and "/change/" not in path or any(lines > 5 for lines in layout["titles"]):
                    problems.append(f"{path}: a title wraps over 5 lines (or no title is a link): {layout['titles']}")
                for tool in layout["tools"]:
                    for heading in layout["headings"]:
                        if overlap(tool, heading):
                            problems.append(f"{path}: a button covers the heading")
        # The address fills in while the title is typed, in each language's tab.
        page.goto(f"{live_server.url}/de/admin/relations/article/add/")
        for code, title, slug in [
            ("fr", "Échange scolaire à Fürth", "echange-scolaire-a-furth"),
            ("de", "Schüleraustausch in Fürth", "schuleraustausch-in-furth"),
            ("en", "School exchange in Fürth", "school-exchange-in-furth"),
        ]:
            typed = page.evaluate(TYPE_TITLE, [code, title])
            if typed != slug:
                problems.append(f"slug_{code} is {typed!r} while typing the title, not {slug!r}")
        browser.close()
    assert page is not None and not problems, "\n".join(problems)

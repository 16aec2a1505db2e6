"""Bodies are written in a rich-text editor; whatever is pasted or posted, no script reaches a page."""

import pytest
from django.utils import translation

from relations.models import Article
from relations.rich_text import clean_html
from tests.forms import form_data

pytestmark = pytest.mark.django_db

XSS_PAYLOADS = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(1)">lien</a>',
    '<a href="JaVaScRiPt:alert(1)">lien</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">lien</a>',
    "<svg onload=alert(1)><circle r=1></circle></svg>",
    '<iframe src="https://example.org"></iframe>',
    '<p style="background:url(javascript:alert(1))" onclick="alert(1)">texte</p>',
    "<style>body{display:none}</style>",
    '<form action="https://example.org"><input name=x></form>',
    '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
    "<scr<script>ipt>alert(1)</script>",
    '<object data="javascript:alert(1)"></object>',
    '<base href="https://example.org/">',
    '<meta http-equiv="refresh" content="0;url=https://example.org">',
]
DANGEROUS = [
    "<script",
    "onerror",
    "onload",
    "onclick",
    "javascript:",
    "<iframe",
    "<style",
    "style=",
    "<svg",
    "<form",
    "<object",
    "<base",
    "<meta http-equiv",
    "data:text/html",
]


def change_url(article):
    return f"/fr/admin/relations/article/{article.pk}/change/"


def test_bodies_are_edited_with_the_rich_text_editor_served_from_our_own_site(admin_client, article):
    page = admin_client.get(change_url(article)).content.decode()
    for language in ["fr", "de", "en"]:
        assert f'name="body_{language}"' in page
    assert 'class="tinymce' in page or "data-mce-conf" in page
    assert '<script src="/static/tinymce/tinymce.min.js"' in page
    # The image button lists the images of the library.
    assert "/fr/admin/relations/image/library.json" in page


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_a_payload_posted_through_the_admin_never_reaches_a_page(admin_client, client, article, payload):
    data = form_data(admin_client.get(change_url(article)), "article_form")
    for language in ["fr", "de", "en"]:
        data[f"body_{language}"] = f"<h2>Intertitre</h2><p>Avant</p>{payload}<p>Après</p>"
    assert admin_client.post(change_url(article), data).status_code == 302

    article = Article.objects.get()
    for language in ["fr", "de", "en"]:
        with translation.override(language):
            stored = article.body
            page = client.get(article.get_absolute_url()).content.decode()
        body = page[page.index('class="rich-text"') :]
        body = body[: body.index("</div>")]
        for marker in DANGEROUS:
            assert marker not in stored.lower(), (language, marker, stored)
            assert marker not in body.lower(), (language, marker, body)
        assert "<h2>Intertitre</h2>" in body and "Après" in body


def test_what_editors_need_is_kept():
    html = (
        "<h2>Titre</h2><h3>Sous-titre</h3><p>Un <strong>mot</strong> et <em>un autre</em>.</p>"
        '<ul><li>un</li></ul><ol><li>deux</li></ol><blockquote lang="de">Zitat</blockquote>'
        '<p><a href="https://www.limoges.fr/">Limoges</a> <a href="mailto:ri@limoges.fr">écrire</a></p>'
        '<p><img src="/media/renditions/1/pont-full-960.webp" alt="Le pont" width="960" height="540"></p>'
    )
    cleaned = clean_html(html)
    for kept in [
        "<h2>Titre</h2>",
        "<h3>",
        "<strong>mot</strong>",
        "<em>",
        "<ul><li>",
        "<ol>",
        '<blockquote lang="de">',
        'href="https://www.limoges.fr/"',
        'href="mailto:ri@limoges.fr"',
        'src="/media/renditions/1/pont-full-960.webp"',
        'alt="Le pont"',
        'loading="lazy"',
    ]:
        assert kept in cleaned


def test_bodies_are_stored_clean_whoever_writes_them(article):
    article.body_de = '<p onclick="x()">Text</p><script>alert(1)</script>'
    article.save()
    article.refresh_from_db()
    assert article.body_de == "<p>Text</p>"


def test_accessible_tables_are_kept_without_presentation_or_scripts():
    cleaned = clean_html(
        '<table border="1" style="width: 100%" onclick="x()"><caption>Chartes</caption>'
        '<thead><tr><th scope="col" style="color:red">Ville</th><th scope="javascript:x">Année</th></tr></thead>'
        '<tbody><tr><th scope="row">Fürth</th><td colspan="1" onmouseover="x()">1992</td></tr></tbody></table>'
    )
    assert cleaned == (
        "<table><caption>Chartes</caption>"
        '<thead><tr><th scope="col">Ville</th><th>Année</th></tr></thead>'
        '<tbody><tr><th scope="row">Fürth</th><td colspan="1">1992</td></tr></tbody></table>'
    )


def test_the_editor_offers_tables_and_the_links_picker(admin_client, article):
    page = admin_client.get(change_url(article)).content.decode()
    assert "/fr/admin/relations/document/links.json" in page
    assert "table" in page[page.index("data-mce-conf") :][:3000]


def body_links(page):
    body = page[page.index('class="rich-text"') :]
    return body[: body.index("</div>")]


def test_an_internal_link_inserted_in_the_french_body_points_to_the_german_address_on_de(
    admin_client, client, article, furth
):
    # The editor picks Fürth in the link dialog: the address it inserts names no language.
    menus = admin_client.get("/fr/admin/relations/document/links.json").json()
    cities = next(menu for menu in menus if menu["title"] == "Villes")
    link = next(entry["value"] for entry in cities["menu"] if entry["title"] == "Fürth")
    assert link == f"/link/relations.city/{furth.pk}/"

    data = form_data(admin_client.get(change_url(article)), "article_form")
    data["body_fr"] = f'<p>Notre ville jumelle <a href="{link}">Fürth</a>.</p>'
    # Not translated yet: German readers read the French body, and its link leads to the German page.
    data["body_de"] = ""
    assert admin_client.post(change_url(article), data).status_code == 302

    article.refresh_from_db()
    for language, address in [("fr", "/fr/villes-jumelees/furth/"), ("de", "/de/partnerstaedte/fuerth/")]:
        with translation.override(language):
            assert furth.get_absolute_url() == address
            body = body_links(client.get(article.get_absolute_url()).content.decode())
        assert f'href="{address}"' in body, (language, body)
        assert "/link/" not in body
    # Where the link is not shown through a page (a feed reader), its address leads there too.
    response = client.get(link, HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 302 and response["Location"] == "/de/partnerstaedte/fuerth/"


def test_a_link_to_an_unpublished_page_keeps_its_text_only(client, article, furth):
    furth.status = "draft"
    furth.save()
    article.body_fr = f'<p>Voir <a href="/link/relations.city/{furth.pk}/">Fürth</a>.</p>'
    article.save()
    body = body_links(client.get(article.get_absolute_url()).content.decode())
    assert "<p>Voir Fürth.</p>" in body

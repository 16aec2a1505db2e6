"""Nothing an editor or a translator types runs anywhere it is shown.

A catalogue of script, markup, template, XML, spreadsheet-formula and calendar-line payloads is
written into every text field of every content model (read from the app registry, so that a new
field is covered) in every language, through the admin's change forms as the webmaster; link
fields get a `javascript:` address through the ORM, since the admin refuses it. Then every
output of the site is read back: public lists and pages, feeds, sitemap, open data and calendars,
and the admin itself.
"""

import csv
import io
import json
import re
import xml.etree.ElementTree as ElementTree

import icalendar
import pytest
from django.apps import apps
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import models, transaction
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from tinymce.models import HTMLField

from relations import open_data
from relations.models import Association, Event, MenuEntry, Subsidy
from relations.rich_text import clean_html
from tests.addresses import list_addresses, sitemap_files
from tests.forms import form_data

pytestmark = pytest.mark.django_db

LANGUAGES = ["fr", "de", "en"]
# Starts with a spreadsheet formula; then markup, template syntax, the end of an XML CDATA section
# and a calendar line break followed by a property of its own.
PAYLOAD = (
    "=cmd|' /C calc'!A0 <script>alert(1)</script>\"><img src=x onerror=alert(1)><svg onload=alert(1)>"
    "{{ 7*7 }}{% load static %}]]>\r\nATTACH:https://evil.example/x"
)
XML_PAYLOAD = PAYLOAD.replace("\r\n", "\n")
# What would run in a page or a feed reader if it came out as markup.
DANGEROUS = ["<script>alert(1)", "<img src=x onerror", "<svg onload"]
LINK = "javascript:alert(1)"


def text_columns(model):
    """The model's text columns an editor fills: translated ones per language, slugs and choices left out."""
    for field in model._meta.concrete_fields:
        if (
            isinstance(field, (models.CharField, models.TextField))
            and not isinstance(field, models.SlugField)
            and not field.choices
            and field.editable
        ):
            yield field


def is_link(field):
    return isinstance(field, models.URLField) or field.name.startswith("link")


def payload_for(field):
    # Cut to a short column, without the space a form would strip at its end.
    return PAYLOAD[: field.max_length].rstrip() if field.max_length else PAYLOAD


@pytest.fixture(autouse=True)
def media_in_a_temporary_folder():
    """The module's media folder serves all its tests (see injected)."""


@pytest.fixture(scope="module")
def injected(django_db_setup, django_db_blocker, tmp_path_factory):
    """One object of each content model, with the payload in each of its text columns; written
    once for the module and rolled back after it."""
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("media")):
        with transaction.atomic():
            call_command("load_demo", verbosity=0)
            admin_client = Client()
            admin_client.force_login(get_user_model().objects.create_superuser("webmaster", "w@example.org", "x"))
            yield inject_payloads(admin_client)
            transaction.set_rollback(True)


def inject_payloads(admin_client):
    objects = []
    for model in [model for model in apps.get_app_config("relations").get_models() if model in admin.site._registry]:
        queryset = model.objects.published() if hasattr(model.objects, "published") else model.objects.all()
        if model is Subsidy:
            queryset = queryset.filter(association__status="published")
        if model is MenuEntry:
            queryset = queryset.exclude(url="")  # an entry to an address, whose address takes the payload
        obj = queryset.order_by("pk").first()
        with translation.override("fr"):
            url = reverse(f"admin:relations_{model._meta.model_name}_change", args=[obj.pk])
        page = admin_client.get(url)
        assert page.status_code == 200, (model, page.status_code)
        original = form_data(page, f"{model._meta.model_name}_form")
        columns = [field for field in text_columns(model) if field.name in original]
        assert columns, model
        data = {**original, **{field.name: [payload_for(field)] for field in columns}}
        response = admin_client.post(url, data)
        # What the admin refuses (a SIRET number that is not one, an address that is no web
        # address) goes in through the ORM, as the shell or an import script could write it.
        refused = set(response.context["adminform"].form.errors) if response.status_code == 200 else set()
        if refused:
            response = admin_client.post(url, {**data, **{name: original[name] for name in refused}})
        assert response.status_code == 302, (model, response.context and response.context["adminform"].form.errors)
        through_orm = {field.name: payload_for(field) for field in columns if field.name in refused}
        through_orm.update({field.name: LINK for field in columns if is_link(field)})
        model.objects.filter(pk=obj.pk).update(**through_orm)
        obj.refresh_from_db()
        for field in columns:
            expected = through_orm.get(field.name, payload_for(field))
            if isinstance(field, HTMLField):
                expected = clean_html(expected)  # bodies are stored cleaned, whoever writes them
            assert getattr(obj, field.name) == expected, (model, field.name)
        objects.append(obj)
    return objects


def test_the_admin_refuses_a_javascript_address(injected, admin_client):
    city = next(obj for obj in injected if obj._meta.model_name == "city")
    with translation.override("fr"):
        url = reverse("admin:relations_city_change", args=[city.pk])
    data = {**form_data(admin_client.get(url), "city_form"), "website": [LINK]}
    response = admin_client.post(url, data)
    assert response.status_code == 200 and "website" in response.context["adminform"].form.errors


def public_addresses(objects):
    addresses = []
    for language in LANGUAGES:
        with translation.override(language):
            addresses += list_addresses()
            addresses += [obj.get_absolute_url() for obj in objects if hasattr(obj, "get_absolute_url")]
            addresses.append(reverse("relations:search") + "?q=calc")
    return addresses


def assert_inert(text, where):
    for dangerous in DANGEROUS:
        assert dangerous not in text, f"{dangerous!r} live in {where}"
    assert not re.search(r"href=[\"']?\s*javascript:", text, re.IGNORECASE), f"javascript: link in {where}"


def test_pages_show_the_payloads_as_text(injected, client):
    shown = 0
    for address in public_addresses(injected):
        response = client.get(address)
        assert response.status_code == 200, address
        html = response.content.decode()
        assert_inert(html, address)
        # Where a short text is shown (titles, names), it is shown escaped, as typed.
        shown += escape(PAYLOAD[:120]) in html
    assert shown >= len(LANGUAGES) * len(injected) // 2


def test_the_admin_shows_the_payloads_as_text(injected, admin_client):
    for obj in injected:
        for view, args in (("changelist", []), ("change", [obj.pk])):
            with translation.override("de"):
                address = reverse(f"admin:relations_{obj._meta.model_name}_{view}", args=args)
            html = admin_client.get(address).content.decode()
            assert_inert(html, address)
    with translation.override("en"):
        assert_inert(admin_client.get(reverse("admin:translation_status")).content.decode(), "translation status")


@pytest.mark.parametrize("address", ["/fr/articles/flux.rss", "/en/articles/feed.atom", "/de/artikel/feed.rss"])
def test_feeds_carry_the_payloads_as_text(injected, client, address):
    xml = client.get(address).content.decode()
    assert_inert(xml, address)
    tree = ElementTree.fromstring(xml.encode())  # well-formed despite "]]>" and the markup
    texts = [element.text or "" for element in tree.iter()]
    # XML reads a line break as "\n" alone.
    assert XML_PAYLOAD in texts, "an article title comes back exactly as typed"
    # Descriptions are HTML for feed readers: the summary is escaped text there, not markup.
    summaries = [element.text for element in tree.iter() if element.tag.split("}")[-1] in ("description", "summary")]
    assert escape(XML_PAYLOAD) in summaries
    assert not any("<script" in (summary or "") for summary in summaries)


def test_the_sitemap_stays_well_formed(injected, client):
    for xml in sitemap_files(client).values():
        ElementTree.fromstring(xml.encode())
        assert_inert(xml, "sitemap")


def test_open_data_keeps_formulas_and_markup_inert(injected, client):
    association = next(obj for obj in injected if isinstance(obj, Association))
    # Its numbers took the payload too: valid ones again, or the national format leaves it out.
    Association.objects.filter(pk=association.pk).update(siret="73282932000074", rna="W872001234")
    text = client.get("/fr/associations/subventions.csv").content.decode()
    rows = list(csv.DictReader(io.StringIO(text)))
    # Every subsidy but those that cannot make a valid row of the national format (listed for the staff).
    assert len(rows) == Subsidy.objects.count() - len(open_data.subsidies_left_out()) > 0
    for row in rows:
        for name, cell in row.items():
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (name, cell)
    names = {row["nomBeneficiaire"] for row in rows}
    with translation.override("fr"):
        assert "'" + Association.objects.get(pk=association.pk).name in names
    raw = client.get("/fr/associations/subventions.json").content
    assert b"<" not in raw and b">" not in raw
    data = json.loads(raw)["data"]
    with translation.override("fr"):  # one French dataset
        assert Association.objects.get(pk=association.pk).name in {row["nomBeneficiaire"] for row in data}


def test_calendars_keep_line_breaks_inside_their_text(injected, client):
    event = next(obj for obj in injected if isinstance(obj, Event))
    for address in ("/de/veranstaltungen/kalender.ics", f"/en/events/{event.slug_en or event.slug_fr}/calendar.ics"):
        content = client.get(address).content.decode()
        unfolded = content.replace("\r\n ", "")
        assert not any(line.startswith("ATTACH") for line in unfolded.split("\r\n")), address
        calendar = icalendar.Calendar.from_ical(content)
        entries = calendar.walk("VEVENT")
        assert entries and not any("ATTACH" in entry for entry in entries), address

"""Saving in the admin is all or nothing: a failure in the middle of a save leaves the previous
version of the object and its inlines intact, in every language."""

from decimal import Decimal
from unittest import mock

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from relations.models import Association, Subsidy
from tests.forms import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def funded(association):
    association.name_de = "Porzellan ohne Grenzen"
    association.name_en = "Porcelain without borders"
    association.summary_de, association.summary_en = "Fiktiver Verein.", "Fictitious association."
    association.save()
    for year, amount in ((2023, "1500.00"), (2024, "2000.00")):
        Subsidy.objects.create(
            association=association, year=year, amount=Decimal(amount), purpose_fr=f"Ateliers {year}",
            purpose_de=f"Werkstätten {year}", purpose_en=f"Workshops {year}",
        )  # fmt: skip
    return association


def every_translated_text(association):
    """The association and its subsidies as readers see them, in each language."""
    texts = {}
    for language in ("fr", "de", "en"):
        with translation.override(language):
            association = Association.objects.get(pk=association.pk)
            texts[language] = (
                association.name,
                association.summary,
                [(s.year, s.amount, s.purpose) for s in association.subsidies.order_by("year")],
            )
    return texts


def test_a_save_failing_halfway_leaves_the_association_and_its_subsidies_intact(admin_user, funded):
    before = every_translated_text(funded)
    client = Client(raise_request_exception=False)
    client.force_login(admin_user)
    with translation.override("fr"):
        url = reverse("admin:relations_association_change", args=[funded.pk])
    data = form_data(client.get(url), "association_form")
    assert data["subsidies-TOTAL_FORMS"] == "2", "the change form shows both subsidies"
    data.update(
        {
            "name_de": ["Porzellan ohne Grenzen e. V."],
            "summary_en": ["Changed."],
            "subsidies-0-purpose_en": ["Changed workshops"],
            "subsidies-1-amount": ["9999.00"],
        }
    )
    original_save = Subsidy.save
    saved = []

    def save_then_fail(subsidy, *args, **kwargs):
        # The association and a first subsidy are written before the failure.
        if saved:
            raise RuntimeError("the disk is full")
        saved.append(subsidy)
        return original_save(subsidy, *args, **kwargs)

    with mock.patch.object(Subsidy, "save", save_then_fail):
        response = client.post(url, data)
    assert saved, "the save failed halfway, not before it started"
    assert response.status_code == 500
    assert every_translated_text(funded) == before


def test_the_same_save_goes_through_when_nothing_fails(admin_client, funded):
    """The form data above is what the admin accepts: the failure, not the data, stopped the save."""
    with translation.override("fr"):
        url = reverse("admin:relations_association_change", args=[funded.pk])
    data = form_data(admin_client.get(url), "association_form")
    data.update({"name_de": ["Porzellan ohne Grenzen e. V."], "subsidies-1-amount": ["9999.00"]})
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    after = every_translated_text(funded)
    assert after["de"][0] == "Porzellan ohne Grenzen e. V."
    assert sorted(amount for _year, amount, _purpose in after["fr"][2]) == [Decimal("2000.00"), Decimal("9999.00")]


def test_an_invalid_id_posted_for_an_autocompleted_field_is_a_form_error(admin_client, funded):
    with translation.override("fr"):
        url = reverse("admin:relations_association_change", args=[funded.pk])
    data = form_data(admin_client.get(url), "association_form")
    data["image"] = ["not-an-id"]
    response = admin_client.post(url, data)
    assert response.status_code == 200 and response.context["adminform"].form.errors["image"]

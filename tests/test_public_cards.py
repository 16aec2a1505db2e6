"""What readers see on cards and figures: no wording about missing data, a network's members
listed once (from the data), captions and credits apart."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from relations.models import City, Network

pytestmark = pytest.mark.django_db


def test_cards_say_nothing_about_a_charter_date_nobody_documented(demo, client):
    grodno = City.objects.get(slug_fr="grodno")
    assert grodno.is_twin and not grodno.charter_date and not grodno.charter_year
    for address in ("/fr/", reverse("relations:city_list"), grodno.get_absolute_url()):
        html = client.get(address).content.decode()
        assert "non documentée" not in html, address
        assert "Grodno" in html


def test_a_network_lists_its_members_once_from_the_data(demo, client):
    with translation.override("en"):
        unic = Network.objects.get(slug_fr="unic")
        html = client.get(unic.get_absolute_url()).content.decode()
        members = [city.name for city in unic.members.all()]
    assert len(members) > 5
    for name in members:
        # "Aveiro (Portugal)": once in the list of members, never typed again in the body.
        assert len(re.findall(rf"{re.escape(name)}\s*(?:</a>)?\s*\(", html)) == 1, name


def test_a_caption_and_its_credit_are_set_apart(demo, client):
    html = client.get(City.objects.get(slug_fr="furth").get_absolute_url()).content.decode()
    figcaption = re.search(r"<figcaption>(.*?)</figcaption>", html, re.S).group(1)
    assert '<span class="figure-caption"' in figcaption
    assert re.search(r'<small class="figure-credit">Crédit :\s*<span', figcaption)

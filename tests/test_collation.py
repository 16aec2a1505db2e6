"""Lists sorted as the reader's language sorts: accents and case do not send a name to the end."""

import pytest
from django.utils.text import slugify

from relations.models import City, PublicationStatus

pytestmark = pytest.mark.django_db


def twin_city(name):
    return City.objects.create(
        name_fr=name, slug_fr=slugify(name), kind="twin", country="GB", status=PublicationStatus.PUBLISHED
    )


def test_a_list_puts_accented_names_where_the_language_puts_them(client):
    for name in ("Stoke-on-Trent", "Séville", "Zagreb", "évora", "Alba"):
        twin_city(name)
    page = client.get("/fr/villes-jumelees/").content.decode()
    positions = [page.index(f">{name}<") for name in ("Alba", "évora", "Séville", "Stoke-on-Trent", "Zagreb")]
    assert positions == sorted(positions)

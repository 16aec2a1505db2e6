"""The pages' tree view in the admin (django-treebeard): moving a page moves its address, and the old
one answers 301."""

import pytest
from django.urls import reverse
from django.utils import translation

from relations.models import Page, PublicationStatus

pytestmark = pytest.mark.django_db


def page(title, slug, parent=None, **fields):
    return Page.objects.create(
        title_fr=title, slug_fr=slug, summary_fr=title, parent=parent, status=PublicationStatus.PUBLISHED, **fields
    )


@pytest.fixture
def tree():
    home = page("Relations internationales", "relations-internationales")
    twinning = page("Jumelages", "jumelages", home, slug_de="partnerschaften", slug_en="twinning")
    solidarity = page("Coopération", "cooperation-decentralisee", home, slug_de="kooperation", slug_en="cooperation")
    concert = page("Concert", "concert", twinning, slug_de="konzert", slug_en="concert")
    return {"home": home, "twinning": twinning, "solidarity": solidarity, "concert": concert}


def move(client, node, target, relation):
    with translation.override("fr"):
        url = reverse("admin:relations_page_changelist") + "move/"
    return client.post(url, {"node": node.pk, "target": target.pk, "relation": relation})


def test_the_admin_lists_the_pages_as_a_tree(client, staff_member, tree):
    client.force_login(staff_member("editors"))
    response = client.get("/fr/admin/relations/page/")
    assert response.status_code == 200
    assert "treebeard" in response.content.decode()


def test_a_page_dragged_below_another_moves_its_address_in_each_language(client, staff_member, tree):
    client.force_login(staff_member("editors"))
    assert move(client, tree["concert"], tree["solidarity"], "child").status_code == 200
    tree["concert"].refresh_from_db()
    assert tree["concert"].parent == tree["solidarity"]
    client.logout()
    for old, new in [
        ("/fr/jumelages/concert/", "/fr/cooperation-decentralisee/concert/"),
        ("/de/partnerschaften/konzert/", "/de/kooperation/konzert/"),
        ("/en/twinning/concert/", "/en/cooperation/concert/"),
    ]:
        response = client.get(old)
        assert (response.status_code, response["Location"]) == (301, new)
        assert client.get(new).status_code == 200


def test_a_page_dragged_before_a_sibling_comes_first_among_them(client, staff_member, tree):
    client.force_login(staff_member("editors"))
    assert move(client, tree["solidarity"], tree["twinning"], "sibling").status_code == 200
    assert list(Page.objects.filter(parent=tree["home"])) == [tree["solidarity"], tree["twinning"]]


def test_a_move_the_page_checks_refuse_is_undone(client, staff_member, tree):
    """Pages are nested MAX_DEPTH levels at most: a move deeper is refused and nothing changes."""
    client.force_login(staff_member("editors"))
    deepest = page("Programme", "programme", tree["concert"])
    assert move(client, tree["solidarity"], deepest, "child").status_code == 400
    tree["solidarity"].refresh_from_db()
    assert tree["solidarity"].parent == tree["home"]
    assert client.get("/fr/cooperation-decentralisee/").status_code == 200

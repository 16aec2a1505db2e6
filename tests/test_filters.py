import pytest

pytestmark = pytest.mark.django_db


def titles(response):
    return {str(obj) for obj in response.context["object_list"]}


def test_projects_filter_by_country_theme_and_year(demo, client):
    everything = titles(client.get("/fr/solidarite/"))
    by_country = client.get("/fr/solidarite/", {"country": "SN"})
    assert by_country.context["object_list"] and all(p.country == "SN" for p in by_country.context["object_list"])
    by_theme = client.get("/fr/solidarite/", {"theme": "water"})
    assert by_theme.context["object_list"] and all(p.theme == "water" for p in by_theme.context["object_list"])
    in_2023 = client.get("/fr/solidarite/", {"year": "2023"}).context["object_list"]
    assert in_2023 and all(p.start_year <= 2023 and (p.end_year is None or p.end_year >= 2023) for p in in_2023)
    assert titles(client.get("/fr/solidarite/", {"year": "2023"})) < everything


def test_a_bad_filter_value_is_explained_in_the_readers_language_and_ignored(demo, client):
    response = client.get("/de/solidaritaet/", {"year": "x", "theme": "<script>"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Einige Filter konnten nicht angewendet werden" in html
    assert "<script>" not in html.split('<main id="content"')[1]
    assert titles(response) == titles(client.get("/de/solidaritaet/"))
    for year in ("99999", "-1", "1e5"):
        assert client.get("/fr/solidarite/", {"year": year}).status_code == 200


def test_a_nul_character_in_a_filter_is_a_bad_request_in_the_readers_language(client):
    response = client.get("/de/solidaritaet/", {"year": "\x00"})
    assert response.status_code == 400
    assert '<html lang="de">' in response.content.decode() and "Ungültige Anfrage" in response.content.decode()


def test_associations_filter_by_year_of_subsidy_and_theme(demo, client):
    from relations.models import Association

    in_2023 = client.get("/en/associations/", {"year": "2023"}).context["object_list"]
    assert set(in_2023) == set(Association.objects.published().subsidised_in(2023))
    assert 0 < len(in_2023) < Association.objects.published().count()
    health = client.get("/en/associations/", {"theme": "health"}).context["object_list"]
    assert health and all(association.theme == "health" for association in health)

import datetime
from decimal import Decimal

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone, translation

from relations.models import (
    Association,
    City,
    Event,
    Network,
    Page,
    PublicationStatus,
    SolidarityProject,
    Subsidy,
)

pytestmark = pytest.mark.django_db


def refused_by_the_database(create):
    with pytest.raises(IntegrityError), transaction.atomic():
        create()


def test_duplicate_slug_in_one_language_is_refused_by_the_database(furth):
    refused_by_the_database(
        lambda: City.objects.create(name_fr="Autre", slug_fr="autre", slug_de="fuerth", summary_fr="…", country="DE")
    )


def test_the_same_slug_may_serve_two_objects_in_different_languages(furth):
    other = City.objects.create(name_fr="Autre", slug_fr="fuerth", summary_fr="…", country="DE")
    assert other.pk


def test_untranslated_slugs_do_not_collide(furth):
    first = City.objects.create(name_fr="Un", slug_fr="un", summary_fr="…", country="FR")
    second = City.objects.create(name_fr="Deux", slug_fr="deux", summary_fr="…", country="FR")
    assert first.slug_de in ("", None) and second.slug_de in ("", None)


def test_negative_amounts_are_refused_by_the_database(association):
    refused_by_the_database(
        lambda: Subsidy.objects.create(association=association, year=2025, amount=Decimal("-1"), purpose_fr="x")
    )
    refused_by_the_database(
        lambda: SolidarityProject.objects.create(
            title_fr="P",
            slug_fr="p",
            summary_fr="…",
            country="BF",
            theme="water",
            start_year=2020,
            city_funding=Decimal("-100"),
        )
    )


def test_implausible_years_are_refused_by_the_database(association):
    refused_by_the_database(
        lambda: Subsidy.objects.create(association=association, year=1850, amount=Decimal("10"), purpose_fr="x")
    )
    refused_by_the_database(lambda: Network.objects.create(name_fr="N", slug_fr="n", summary_fr="…", founded_year=3000))
    refused_by_the_database(
        lambda: City.objects.create(name_fr="C", slug_fr="c", summary_fr="…", country="FR", charter_year=20030)
    )


def test_an_event_cannot_end_before_it_starts(db):
    start = timezone.now()
    refused_by_the_database(
        lambda: Event.objects.create(
            title_fr="E",
            slug_fr="e",
            summary_fr="…",
            venue_fr="Opéra",
            starts_at=start,
            ends_at=start - datetime.timedelta(hours=1),
        )
    )


def test_a_project_cannot_end_before_it_starts(db):
    refused_by_the_database(
        lambda: SolidarityProject.objects.create(
            title_fr="P", slug_fr="p", summary_fr="…", country="BF", theme="water", start_year=2020, end_year=2019
        )
    )


def test_coordinates_stay_on_the_globe(db):
    refused_by_the_database(
        lambda: City.objects.create(name_fr="C", slug_fr="c", summary_fr="…", country="FR", latitude=Decimal("91"))
    )


def test_publication_window_must_end_after_it_starts(db):
    now = timezone.now()
    refused_by_the_database(
        lambda: Network.objects.create(
            name_fr="N", slug_fr="n", summary_fr="…", publish_from=now, publish_until=now - datetime.timedelta(days=1)
        )
    )


def test_a_charter_date_must_agree_with_its_year(seto):
    seto.charter_year = 2004
    with pytest.raises(ValidationError) as error:
        seto.full_clean()
    assert "charter_date" in error.value.message_dict


def test_german_reader_gets_french_text_where_no_german_exists(furth, seto):
    with translation.override("de"):
        assert City.objects.get(pk=seto.pk).summary == "Ville de la céramique au Japon, jumelée en 2003."
        assert City.objects.get(pk=furth.pk).summary == "Partnerstadt in Bayern seit 1992."
    with translation.override("en"):
        assert City.objects.get(pk=furth.pk).summary == "Twin city in Bavaria since 1992."


def test_public_address_uses_the_language_slug_and_translated_segment(furth, seto):
    with translation.override("de"):
        assert furth.get_absolute_url() == "/de/partnerstaedte/fuerth/"
        assert seto.get_absolute_url() == "/de/partnerstaedte/seto/"
    with translation.override("en"):
        assert furth.get_absolute_url() == "/en/twin-cities/furth/"
    assert furth.get_absolute_url() == "/fr/villes-jumelees/furth/"


def test_only_live_content_is_published(furth):
    now = timezone.now()
    draft = City.objects.create(name_fr="Brouillon", slug_fr="brouillon", summary_fr="…", country="FR")
    expired = City.objects.create(
        name_fr="Expirée",
        slug_fr="expiree",
        summary_fr="…",
        country="FR",
        status=PublicationStatus.PUBLISHED,
        publish_until=now - datetime.timedelta(minutes=1),
    )
    scheduled = City.objects.create(
        name_fr="Prévue",
        slug_fr="prevue",
        summary_fr="…",
        country="FR",
        status=PublicationStatus.PUBLISHED,
        publish_from=now + datetime.timedelta(days=1),
    )
    published = set(City.objects.published())
    assert furth in published
    assert not {draft, expired, scheduled} & published
    assert furth.is_published and not expired.is_published


def test_subsidised_associations_are_counted_per_year(association):
    other = Association.objects.create(name_fr="Autre", slug_fr="autre", summary_fr="…", theme="health")
    Subsidy.objects.create(association=association, year=2025, amount=Decimal("1500"), purpose_fr="Festival")
    Subsidy.objects.create(association=association, year=2025, amount=Decimal("500"), purpose_fr="Voyage")
    Subsidy.objects.create(association=other, year=2026, amount=Decimal("800"), purpose_fr="Atelier")
    assert Association.objects.subsidised_in(2025).count() == 1
    assert Association.objects.subsidised_in(2026).count() == 1
    assert Association.objects.subsidised_in(2024).count() == 0


def make_page(title, slug, parent=None, **extra):
    return Page.objects.create(title_fr=title, slug_fr=slug, parent=parent, status=PublicationStatus.PUBLISHED, **extra)


def test_pages_form_a_tree_that_gives_addresses_and_ancestors(db):
    home = make_page("Relations internationales", "relations-internationales")
    solidarity = make_page("Solidarité internationale", "solidarite", home, slug_de="solidaritaet")
    sahel = make_page("Sahel", "sahel", solidarity)
    assert home.get_absolute_url() == "/fr/"
    assert sahel.get_absolute_url() == "/fr/solidarite/sahel/"
    assert sahel.ancestors() == [home, solidarity]
    with translation.override("de"):
        assert sahel.get_absolute_url() == "/de/solidaritaet/sahel/"


def test_a_page_cannot_move_below_itself_nor_be_a_second_root(db):
    home = make_page("Accueil", "accueil")
    child = make_page("Enfant", "enfant", home)
    home.parent = child
    with pytest.raises(ValidationError):
        home.full_clean()
    second_root = Page(title_fr="Autre racine", slug_fr="autre-racine")
    with pytest.raises(ValidationError):
        second_root.full_clean()


def test_pages_cannot_be_nested_deeper_than_the_limit(db):
    page = make_page("Racine", "racine")
    for level in range(1, Page.MAX_DEPTH):
        page = make_page(f"Niveau {level}", f"niveau-{level}", page)
    too_deep = Page(title_fr="Trop", slug_fr="trop", parent=page)
    with translation.override("de"):
        with pytest.raises(ValidationError) as refused:
            too_deep.full_clean()
        assert refused.value.message_dict["parent"] == ["Seiten können höchstens 4 Ebenen tief verschachtelt werden."]


@pytest.mark.parametrize("model", list(apps.get_app_config("relations").get_models()), ids=lambda m: m.__name__)
def test_every_model_is_named_ordered_and_translated(model):
    assert model._meta.ordering
    with translation.override("en"):
        english = str(model._meta.verbose_name)
    with translation.override("de"):
        german = str(model._meta.verbose_name)
    assert german != english, "the German catalogue has no translation of the model's name"
    assert "__str__" in model.__dict__


def test_a_page_cannot_take_the_address_of_a_list(db):
    home = make_page("Relations internationales", "relations-internationales")
    page = Page(title_fr="Solidarité", slug_fr="solidarite-internationale", slug_de="solidaritaet", parent=home)
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "slug" in error.value.message_dict
    page.slug_de = "internationale-solidaritaet"
    page.full_clean()


def test_a_german_editor_reads_the_year_check_in_german(association):
    subsidy = Subsidy(association=association, year=1850, amount=Decimal("10"), purpose_fr="Échanges")
    with translation.override("de"), pytest.raises(ValidationError) as refused:
        # What full_clean() checks once the fields' own validators pass (an import, a raw form field).
        subsidy.validate_constraints()
    assert refused.value.messages == ["Geben Sie ein Jahr zwischen 1900 und 2100 ein."]

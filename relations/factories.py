"""factory_boy factories of the section's content, in French, German and English.

They make the synthetic content of ``load_synthetic_content`` (load and query-count tests) and
the objects of the tests that need many. Every object has a ``number`` (1, 2, 3... unless given)
that its texts carry: ``CityFactory.build(number=7)`` is "Ville d'exemple 7", "Beispielstadt 7",
"Sample city 7", whose French slug is ``ville-dexemple-7``.

A translated field is given as its text in each language, ``{"fr": ..., "de": ..., "en": ...}``,
or as a plain string, the French text; the factory writes modeltranslation's column of each
language.
"""

import datetime
from decimal import Decimal

import factory
from django.conf import settings
from django.utils.text import slugify
from factory.django import DjangoModelFactory
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname

from .models import (
    Article,
    ArticleCategory,
    Association,
    City,
    Event,
    Image,
    KeyFigure,
    Network,
    Page,
    PublicationStatus,
    SolidarityProject,
    Subsidy,
    Theme,
)

SYNTHETIC_NOTE = (
    "Contenu synthétique ajouté pour les essais de charge (load_synthetic_content). (Synthetic load-test content.)"
)
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def in_each_language(**templates):
    """Texts in each language, with the object's number in place of {number}."""
    return factory.LazyAttribute(
        lambda obj: {code: template.format(number=obj.number) for code, template in templates.items()}
    )


def slugs_of(field):
    """The slug of each language, made from the texts of another translated field."""

    def slugs(obj):
        texts = getattr(obj, field)
        texts = {settings.LANGUAGE_CODE: texts} if isinstance(texts, str) else texts
        return {code: slugify(text) for code, text in texts.items()}

    return factory.LazyAttribute(slugs)


def chosen(choices):
    """One of the choices, in turn with the object's number."""
    return factory.LazyAttribute(lambda obj: choices[obj.number % len(choices)])


SUMMARY = in_each_language(
    fr="Contenu synthétique n° {number} pour les essais de charge.",
    de="Synthetischer Inhalt Nr. {number} für Lasttests.",
    en="Synthetic content no. {number} for load tests.",
)
BODY = in_each_language(
    fr="<p>Texte synthétique n° {number}.</p>",
    de="<p>Synthetischer Text Nr. {number}.</p>",
    en="<p>Synthetic text no. {number}.</p>",
)


class TranslatedFactory(DjangoModelFactory):
    class Meta:
        abstract = True

    class Params:
        number = factory.Sequence(lambda n: n + 1)

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        """{"fr": ..., "de": ..., "en": ...} (or the French text) of a translated field as its columns."""
        for field in translator.get_options_for_model(cls._meta.model).fields:
            if field in kwargs:
                texts = kwargs.pop(field)
                texts = {settings.LANGUAGE_CODE: texts} if isinstance(texts, str) else texts
                for code in LANGUAGE_CODES:
                    kwargs[build_localized_fieldname(field, code)] = texts.get(code, "")
        return kwargs


class ContentFactory(TranslatedFactory):
    class Meta:
        abstract = True

    status = PublicationStatus.PUBLISHED
    editor_note = SYNTHETIC_NOTE


class ImageFactory(TranslatedFactory):
    class Meta:
        model = Image

    title = factory.LazyAttribute(lambda obj: f"Image d'exemple {obj.number}")
    file = factory.django.ImageField(width=1200, height=675, format="JPEG", color="#1F3A68")
    alt_text = in_each_language(fr="Image d'exemple {number}", de="Beispielbild {number}", en="Sample image {number}")


class CityFactory(ContentFactory):
    class Meta:
        model = City

    name = in_each_language(fr="Ville d'exemple {number}", de="Beispielstadt {number}", en="Sample city {number}")
    slug = slugs_of("name")
    kind = "network"
    country = chosen(["DE", "IT", "ES", "PT", "PL", "JP"])
    latitude = factory.LazyAttribute(lambda obj: Decimal(40 + obj.number % 20))
    longitude = factory.LazyAttribute(lambda obj: Decimal(-5 + obj.number % 30))
    summary = SUMMARY
    body = BODY


class NetworkFactory(ContentFactory):
    class Meta:
        model = Network
        skip_postgeneration_save = True

    name = in_each_language(
        fr="Réseau d'exemple {number}", de="Beispielnetzwerk {number}", en="Sample network {number}"
    )
    slug = slugs_of("name")
    kind = "network"
    founded_year = factory.LazyAttribute(lambda obj: 1990 + obj.number % 30)
    summary = SUMMARY
    body = BODY

    @factory.post_generation
    def members(self, create, cities):
        if create and cities:
            self.members.set(cities)


class AssociationFactory(ContentFactory):
    class Meta:
        model = Association

    name = in_each_language(
        fr="Association d'exemple {number}", de="Beispielverein {number}", en="Sample association {number}"
    )
    slug = slugs_of("name")
    theme = chosen(Theme.values)
    # Fictitious RNA numbers (no département is numbered 00; the demo's run W000000011…): their
    # subsidies reach the open data.
    rna = factory.LazyAttribute(lambda obj: f"W009{obj.number % 10**6:06d}")
    summary = SUMMARY
    body = BODY


class SolidarityProjectFactory(ContentFactory):
    class Meta:
        model = SolidarityProject

    title = in_each_language(
        fr="Projet d'exemple {number}", de="Beispielprojekt {number}", en="Sample project {number}"
    )
    slug = slugs_of("title")
    country = chosen(["BF", "SN", "MG", "BJ", "HT"])
    theme = chosen(Theme.values)
    start_year = factory.LazyAttribute(lambda obj: 2015 + obj.number % 10)
    city_funding = factory.LazyAttribute(lambda obj: Decimal(1000 * (obj.number % 20)))
    summary = SUMMARY
    body = BODY


class SubsidyFactory(TranslatedFactory):
    class Meta:
        model = Subsidy

    association = factory.SubFactory(AssociationFactory)
    year = 2025
    amount = factory.LazyAttribute(lambda obj: Decimal(500 + 250 * (obj.number % 40)))
    purpose = in_each_language(
        fr="Subvention d'exemple {number}", de="Beispielzuschuss {number}", en="Sample subsidy {number}"
    )
    agreement_date = datetime.date(2025, 3, 13)
    editor_note = SYNTHETIC_NOTE


class ArticleCategoryFactory(TranslatedFactory):
    class Meta:
        model = ArticleCategory

    name = in_each_language(
        fr="Rubrique d'exemple {number}", de="Beispielrubrik {number}", en="Sample category {number}"
    )
    slug = slugs_of("name")
    position = factory.LazyAttribute(lambda obj: 100 + obj.number)


class ArticleFactory(ContentFactory):
    class Meta:
        model = Article
        skip_postgeneration_save = True

    title = in_each_language(
        fr="Article d'exemple {number}", de="Beispielartikel {number}", en="Sample article {number}"
    )
    slug = slugs_of("title")
    category = factory.SubFactory(ArticleCategoryFactory)
    published_on = factory.LazyAttribute(lambda obj: datetime.date(2020, 1, 1) + datetime.timedelta(days=obj.number))
    summary = SUMMARY
    body = BODY

    @factory.post_generation
    def cities(self, create, cities):
        if create and cities:
            self.cities.set(cities)


class EventFactory(ContentFactory):
    class Meta:
        model = Event
        skip_postgeneration_save = True

    title = in_each_language(
        fr="Événement d'exemple {number}", de="Beispielveranstaltung {number}", en="Sample event {number}"
    )
    slug = slugs_of("title")
    starts_at = factory.LazyAttribute(
        lambda obj: datetime.datetime(
            2024 + obj.number % 5, 1 + obj.number % 12, 1 + obj.number % 28, 18, 0, tzinfo=datetime.UTC
        )
    )
    venue = in_each_language(fr="Salle d'exemple", de="Beispielsaal", en="Sample hall")
    summary = SUMMARY
    body = BODY

    @factory.post_generation
    def cities(self, create, cities):
        if create and cities:
            self.cities.set(cities)


class PageFactory(ContentFactory):
    """A page below ``parent`` (give it: the tree has one root, the section's home page)."""

    class Meta:
        model = Page

    title = in_each_language(fr="Page d'exemple {number}", de="Beispielseite {number}", en="Sample page {number}")
    slug = slugs_of("title")
    position = factory.LazyAttribute(lambda obj: 100 + obj.number)
    show_in_navigation = False
    summary = SUMMARY
    body = BODY


class KeyFigureFactory(ContentFactory):
    class Meta:
        model = KeyFigure

    value = factory.LazyAttribute(lambda obj: str(obj.number))
    label = in_each_language(fr="Chiffre d'exemple {number}", de="Beispielzahl {number}", en="Sample figure {number}")
    position = factory.LazyAttribute(lambda obj: 100 + obj.number)

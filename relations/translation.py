"""Which fields are stored in French, German and English.

French is the source language: a French field is required wherever the model
field itself is required; German and English are optional and fall back to
French when they are empty (MODELTRANSLATION_FALLBACK_LANGUAGES).
"""

from django.conf import settings
from django.utils.translation import get_language
from modeltranslation.translator import TranslationOptions, register
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
    SolidarityProject,
    Subsidy,
)


def shown_language(obj, field, language=None):
    """The language a field's text is read in: the reader's (by default the active one), or French where
    the translation is missing and the French text stands in for it."""
    language = language or get_language()
    if getattr(obj, build_localized_fieldname(field, language), None):
        return language
    if getattr(obj, build_localized_fieldname(field, settings.LANGUAGE_CODE), None):
        return settings.LANGUAGE_CODE
    return language


class SourceInFrench(TranslationOptions):
    required_languages = ("fr",)


@register(Image)
class ImageTranslationOptions(SourceInFrench):
    # Everything a reader sees of an image: its credit too ("Illustration : Ville de Limoges").
    fields = ("alt_text", "caption", "credit")


@register(City)
class CityTranslationOptions(SourceInFrench):
    fields = ("name", "slug", "region", "summary", "body")


@register(Network)
class NetworkTranslationOptions(SourceInFrench):
    fields = ("name", "slug", "summary", "body")


@register(Association)
class AssociationTranslationOptions(SourceInFrench):
    fields = ("name", "slug", "summary", "body")


@register(SolidarityProject)
class SolidarityProjectTranslationOptions(SourceInFrench):
    fields = ("title", "slug", "summary", "body")


@register(Subsidy)
class SubsidyTranslationOptions(SourceInFrench):
    fields = ("purpose",)


@register(ArticleCategory)
class ArticleCategoryTranslationOptions(SourceInFrench):
    fields = ("name", "slug")


@register(Article)
class ArticleTranslationOptions(SourceInFrench):
    fields = ("title", "slug", "summary", "body")


@register(Event)
class EventTranslationOptions(SourceInFrench):
    fields = ("title", "slug", "summary", "body", "venue")


@register(KeyFigure)
class KeyFigureTranslationOptions(SourceInFrench):
    fields = ("unit", "label", "source", "link")


@register(Page)
class PageTranslationOptions(SourceInFrench):
    fields = ("title", "slug", "summary", "body")

"""Which fields are stored in French, German and English.

French is the source language: a French field is required wherever the model
field itself is required; German and English are optional and fall back to
French when they are empty (MODELTRANSLATION_FALLBACK_LANGUAGES).
"""

from modeltranslation.translator import TranslationOptions, register

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
    fields = ("unit", "label", "link")


@register(Page)
class PageTranslationOptions(SourceInFrench):
    fields = ("title", "slug", "summary", "body")

"""The kinds of content of the section, read from the app registry.

Each model says once what it is, with class attributes (their defaults are on
``relations.models.Content``): ``staff_content``, ``in_sitemap``, ``searchable``,
``list_url_name``, ``menu_label``, ``display_order``, ``address_related`` and
``sitemap_exclude``. The staff roles, the sitemap, the search and the main menu take their
lists from here, so that a new model needs no other list to be kept in step.

A model that does not say what it is fails ``manage.py check`` (and the test suite): see
``check_content_types``.
"""

from django.apps import apps
from django.core import checks
from django.urls import NoReverseMatch, reverse
from django.utils.text import capfirst

APP_LABEL = "relations"
# What each declaration says of the model's pages, for the messages of the check.
PROMISES = {"in_sitemap": "listed in the sitemap", "searchable": "searched"}


def section_models():
    """Every concrete model of the section, in the order they are defined."""
    return list(apps.get_app_config(APP_LABEL).get_models())


def models_where(attribute, models=None):
    """The models (of the section, unless others are given) that declare the attribute true."""
    return [model for model in (section_models() if models is None else models) if getattr(model, attribute, False)]


def staff_content_models(models=None):
    """What the web team writes and translates: the staff roles' permissions cover these."""
    return models_where("staff_content", models)


def sitemap_models(models=None):
    """The types whose objects sitemap.xml lists, each at its own address."""
    return models_where("in_sitemap", models)


def searchable_models(models=None):
    """The types the search looks into, in the order their results are shown."""
    return sorted(models_where("searchable", models), key=by_display_order)


def listed_models(models=None):
    """The types with a list page of their own, in the order of the main menu."""
    return sorted(models_where("list_url_name", models), key=by_display_order)


def by_display_order(model):
    # A type that does not say where it comes goes last.
    return getattr(model, "display_order", float("inf"))


def menu_label(model):
    return getattr(model, "menu_label", None) or capfirst(model._meta.verbose_name_plural)


def menu_entries():
    """The main menu: the list page of each type, in the active language. No query."""
    return [{"url": reverse(model.list_url_name), "label": menu_label(model)} for model in listed_models()]


def is_searchable(model):
    if not hasattr(model._default_manager, "published"):
        return False
    names = {field.name for field in model._meta.get_fields()}
    return {getattr(model, "title_field", "title"), "summary", "body"} <= names


@checks.register()
def check_content_types(app_configs=None, models=None, **kwargs):
    """Every model says what it is: a model left out of the roles, the sitemap or the search
    by omission would go unnoticed until an editor, a reader or a search engine missed it."""
    if models is None:
        if app_configs is not None and all(config.label != APP_LABEL for config in app_configs):
            return []
        models = section_models()
    errors = []
    for model in models:
        if not isinstance(getattr(model, "staff_content", None), bool):
            errors.append(
                checks.Error(
                    "staff_content is not set: the roles cannot tell whether the web team writes this model.",
                    hint="Set staff_content = True (the staff roles get its permissions) or False (bookkeeping).",
                    obj=model,
                    id="relations.E001",
                )
            )
        for attribute, promise in PROMISES.items():
            if hasattr(model, "get_absolute_url") and not hasattr(model, attribute):
                errors.append(
                    checks.Error(
                        f"{attribute} is not set, but the model has public pages: are they {promise}?",
                        hint=f"Set {attribute} = True or False on the model.",
                        obj=model,
                        id="relations.E002",
                    )
                )
            if getattr(model, attribute, False) and not hasattr(model, "get_absolute_url"):
                errors.append(
                    checks.Error(
                        f"{attribute} is True, but the model has no page (no get_absolute_url()).",
                        hint=f"Give it get_absolute_url() or set {attribute} = False.",
                        obj=model,
                        id="relations.E003",
                    )
                )
        if getattr(model, "searchable", False) and not is_searchable(model):
            errors.append(
                checks.Error(
                    "searchable is True, but the model has no published() objects with a title, a summary and a body.",
                    hint="Make it a relations.models.Content or set searchable = False.",
                    obj=model,
                    id="relations.E004",
                )
            )
        list_url_name = getattr(model, "list_url_name", None)
        if list_url_name:
            try:
                reverse(list_url_name)
            except NoReverseMatch:
                errors.append(
                    checks.Error(
                        f"list_url_name {list_url_name!r} is not an address of the site.",
                        obj=model,
                        id="relations.E005",
                    )
                )
    return errors

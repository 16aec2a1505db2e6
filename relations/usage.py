"""Where an image or a document of the library is used: the content that names it in a field (an
image, a list of documents) or links to it from a body (relations/rich_text.py). Shown on its admin
page, so that an editor knows what a change or a deletion affects."""

from django.db import models
from django.db.models import Q
from tinymce.models import HTMLField

from .content_types import section_models
from .rich_text import internal_link


def body_needles(obj):
    """What a body holds when it shows or links to the object: its language-independent link, its
    files' names, and for an image the folder of its renditions (what the editor inserts)."""
    needles = [internal_link(obj)]
    if obj._meta.model_name == "image":
        needles.append(f"/renditions/{obj.pk}/")
    for field in obj._meta.concrete_fields:
        if isinstance(field, models.FileField) and getattr(obj, field.attname):
            needles.append(getattr(obj, field.attname).name)
    return list(dict.fromkeys(needles))


def usages(obj):
    """The objects that refer to obj, kind after kind (one query each)."""
    model = type(obj)
    needles = body_needles(obj)
    found = []
    for other in section_models():
        condition = Q()
        for field in other._meta.get_fields():
            if field.concrete and (field.many_to_one or field.many_to_many) and field.related_model is model:
                condition |= Q(**{field.name: obj})
            elif isinstance(field, HTMLField) and field.concrete:
                for needle in needles:
                    condition |= Q(**{f"{field.attname}__contains": needle})
        if not condition:
            continue
        queryset = other._default_manager.filter(condition)
        if other is model:
            queryset = queryset.exclude(pk=obj.pk)
        found += list(queryset.distinct())
    return found
